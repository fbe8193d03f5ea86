import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC, SinergiRequest } from '@sinergi/server/core';
import { AccessTokenVerifier } from '../auth/access-token-verifier';
import { PlatformRoleCache } from '../auth/platform-role-cache.service';

/**
 * Global guard: every route needs a valid access token unless it is marked @Public().
 * A new route is therefore closed by default.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenVerifier,
    private readonly platformRoles: PlatformRoleCache,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<SinergiRequest>();
    const caller = this.tokens.callerOf(request.headers.authorization);
    // Platform roles come from the database (briefly cached), not from the token: revocation bites fast.
    request.caller = { ...caller, platformRoles: await this.platformRoles.rolesOf(caller.userId) };
    return true;
  }
}
