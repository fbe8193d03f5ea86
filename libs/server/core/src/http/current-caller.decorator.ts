import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AppException } from '../errors/app.exception';
import type { Caller, SinergiRequest } from './request-context';

export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<SinergiRequest>().caller;
  if (!caller) throw new AppException('UNAUTHENTICATED');
  return caller;
});
