import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AppException } from '../errors/app.exception';
import type { SinergiRequest } from './request-context';

/** Who acts in this request, as the audit trail records them. */
export type RequestActor = { id: string | null; name: string; ip: string | null; onBehalfOf?: { id: string; name: string } | null };

export const CLI_ACTOR = (): RequestActor => ({ id: null, name: `cli:${process.env['USER'] ?? 'operator'}`, ip: null });

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): RequestActor => {
  const request = context.switchToHttp().getRequest<SinergiRequest>();
  if (!request.caller) throw new AppException('UNAUTHENTICATED');
  return {
    id: request.caller.userId,
    name: request.caller.email,
    ip: request.ip ?? null,
    onBehalfOf: request.tenant?.onBehalfOf ?? null,
  };
});
