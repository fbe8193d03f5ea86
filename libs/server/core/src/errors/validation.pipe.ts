import { ValidationError, ValidationPipe } from '@nestjs/common';
import { ErrorDetail } from '@sinergi/contracts';
import { AppException } from './app.exception';

function flatten(errors: ValidationError[], parent = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** One global pipe: unknown fields are refused, types are transformed, failures use the error shape. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => new AppException('VALIDATION_FAILED', undefined, flatten(errors)),
  });
}
