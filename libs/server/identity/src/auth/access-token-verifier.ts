import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { APP_CONFIG, AppConfig, AppException, Caller } from '@sinergi/server/core';
import { AccessTokenPayload } from './access-token';
import { jwtKey } from './jwt-key';

const MAX_CACHED_TOKENS = 10_000;

type Verified = { caller: Omit<Caller, 'platformRoles'>; expiresAt: number };

/**
 * Bearer access tokens: HS256 only, our audience and issuer, unexpired, and of type `access`.
 * A client sends the same token with every request for its whole life, so what a token proved is
 * kept (bounded, oldest first out) until the moment the token itself expires, never longer: an
 * access token is refused after its expiry exactly as before. Nothing else about a token is checked
 * per request (logout revokes the refresh family; access tokens are short-lived), and what needs the
 * database (platform roles) is still asked by the guard on every request.
 */
@Injectable()
export class AccessTokenVerifier {
  private readonly verified = new Map<string, Verified>();

  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The caller a request's `Authorization: Bearer …` header proves, or 401. */
  callerOf(authorization: string | undefined): Omit<Caller, 'platformRoles'> {
    const token = bearerToken(authorization);
    if (!token) throw new AppException('UNAUTHENTICATED');
    const cached = this.verified.get(token);
    if (cached) {
      if (Date.now() < cached.expiresAt) return cached.caller;
      this.verified.delete(token);
    }
    const payload = this.verify(token);
    const caller = {
      userId: payload.sub,
      email: payload.email,
      mfa: payload.mfa === true,
    };
    if (this.verified.size >= MAX_CACHED_TOKENS) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { caller, expiresAt: payload.exp * 1000 });
    return caller;
  }

  private verify(token: string): Pick<AccessTokenPayload, 'sub' | 'email' | 'mfa'> & { exp: number } {
    let payload: Partial<AccessTokenPayload> & { exp?: unknown };
    try {
      payload = this.jwt.verify(token, {
        // A KeyObject works at run time (jsonwebtoken takes one); the types only list string | Buffer.
        secret: jwtKey(this.config.jwtSecret) as unknown as Buffer,
        algorithms: ['HS256'],
        audience: this.config.jwtAudience,
        issuer: this.config.jwtIssuer,
      });
    } catch {
      throw new AppException('UNAUTHENTICATED');
    }
    if (payload.typ !== 'access' || typeof payload.sub !== 'string' || typeof payload.email !== 'string' || typeof payload.exp !== 'number') {
      throw new AppException('UNAUTHENTICATED');
    }
    return { sub: payload.sub, email: payload.email, mfa: payload.mfa === true, exp: payload.exp };
  }
}

/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive), as passport-jwt read it. */
function bearerToken(authorization: string | undefined): string | null {
  if (typeof authorization !== 'string') return null;
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(authorization);
  return match && match[1]!.toLowerCase() === 'bearer' ? match[2]! : null;
}
