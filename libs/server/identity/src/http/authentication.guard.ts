import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppException, Caller, IS_PUBLIC, SinergiRequest } from '@sinergi/server/core';

/**
 * Global guard: every route needs a valid access token unless it is marked @Public().
 * A new route is therefore closed by default.
 */
@Injectable()
export class AuthenticationGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super({ property: 'caller', session: false });
  }

  override canActivate(context: ExecutionContext): Promise<boolean> | boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    return super.canActivate(context) as Promise<boolean>;
  }

  override handleRequest<TUser = Caller>(error: unknown, user: TUser | false): TUser {
    if (error instanceof AppException) throw error;
    if (error || !user) throw new AppException('UNAUTHENTICATED');
    return user;
  }

  override getRequest(context: ExecutionContext): SinergiRequest {
    return context.switchToHttp().getRequest<SinergiRequest>();
  }
}
