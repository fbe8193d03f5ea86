import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { APP_CONFIG, AppConfig, AppException, Caller } from '@sinergi/server/core';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenPayload } from './access-token';
import { PlatformRoleCache } from './platform-role-cache.service';

/** Bearer access tokens: HS256 only, our audience and issuer, unexpired, and of type `access`. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly platformRoles: PlatformRoleCache,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      audience: config.jwtAudience,
      issuer: config.jwtIssuer,
      ignoreExpiration: false,
    });
  }

  async validate(payload: Partial<AccessTokenPayload>): Promise<Caller> {
    if (payload.typ !== 'access' || typeof payload.sub !== 'string' || typeof payload.email !== 'string') {
      throw new AppException('UNAUTHENTICATED');
    }
    return {
      userId: payload.sub,
      email: payload.email,
      platformRoles: await this.platformRoles.rolesOf(payload.sub),
    };
  }
}
