import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Caller, IS_PUBLIC, RouteMetadata, SinergiRequest } from '@sinergi/server/core';
import { AccessTokenVerifier } from '../auth/access-token-verifier';
import { PlatformRoleCache } from '../auth/platform-role-cache.service';

/**
 * Global guard: every route needs a valid access token unless it is marked @Public().
 * A new route is therefore closed by default.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  private readonly route: RouteMetadata;

  constructor(
    reflector: Reflector,
    private readonly tokens: AccessTokenVerifier,
    private readonly platformRoles: PlatformRoleCache,
  ) {
    this.route = new RouteMetadata(reflector);
  }

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (this.route.has(IS_PUBLIC, context)) return true;
    const request = context.switchToHttp().getRequest<SinergiRequest>();
    const caller = this.tokens.callerOf(request.headers.authorization);
    // Platform roles come from the database (briefly cached), not from the token: revocation bites fast.
    const cached = this.platformRoles.cached(caller.userId);
    if (cached) return authenticated(request, caller, cached);
    return this.platformRoles.rolesOf(caller.userId).then((roles) => authenticated(request, caller, roles));
  }
}

function authenticated(request: SinergiRequest, caller: Omit<Caller, 'platformRoles'>, platformRoles: string[]): true {
  request.caller = { ...caller, platformRoles };
  return true;
}
