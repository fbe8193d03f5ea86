import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { APP_CONFIG, AppConfig, AppException, Caller } from '@sinergi/server/core';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AccessTokenPayload } from './access-token';
import { jwtKey } from './jwt-key';

/**
 * Bearer access tokens: HS256 only, our audience and issuer, unexpired, and of type `access`.
 * Passport keeps strategies in a process-wide registry, so this holds nothing but the token rules;
 * the guard adds what needs the database.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject works at run time (jsonwebtoken takes one); passport-jwt's types only list string | Buffer.
      secretOrKey: jwtKey(config.jwtSecret) as unknown as Buffer,
      algorithms: ['HS256'],
      audience: config.jwtAudience,
      issuer: config.jwtIssuer,
      ignoreExpiration: false,
    });
  }

  validate(payload: Partial<AccessTokenPayload>): Caller {
    if (payload.typ !== 'access' || typeof payload.sub !== 'string' || typeof payload.email !== 'string') {
      throw new AppException('UNAUTHENTICATED');
    }
    return {
      userId: payload.sub,
      email: payload.email,
      platformRoles: [],
      mfa: payload.mfa === true,
    };
  }
}
