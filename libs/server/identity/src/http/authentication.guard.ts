import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppException, Caller, IS_PUBLIC, SinergiRequest } from '@sinergi/server/core';
import { PlatformRoleCache } from '../auth/platform-role-cache.service';

/**
 * Global guard: every route needs a valid access token unless it is marked @Public().
 * A new route is therefore closed by default.
 */
@Injectable()
export class AuthenticationGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly platformRoles: PlatformRoleCache,
  ) {
    super({ property: 'caller', session: false });
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    await (super.canActivate(context) as Promise<boolean>);
    const caller = this.getRequest(context).caller;
    if (!caller) throw new AppException('UNAUTHENTICATED');
    // Platform roles come from the database (briefly cached), not from the token: revocation bites fast.
    caller.platformRoles = await this.platformRoles.rolesOf(caller.userId);
    return true;
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
