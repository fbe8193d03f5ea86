import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AppException } from '@sinergi/server/core';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { SessionEntity } from '../entities/session.entity';
import { UserEntity } from '../entities/user.entity';
import { AccessTokenPayload } from './access-token';
import { jwtKey } from './jwt-key';
import { hashSecretToken, newSecretToken } from './secret-token';

export type TokenPair = { accessToken: string; refreshToken: string };

/**
 * Access tokens are short-lived JWTs; refresh tokens are opaque, single-use and rotate within a
 * family. Presenting a spent one means it was copied: the whole family is revoked.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
  ) {}

  async open(user: Pick<UserEntity, 'id' | 'email'>, mfa = false): Promise<TokenPair> {
    const familyId = randomUUID();
    const absoluteExpiresAt = new Date(Date.now() + this.config.sessionMaxAgeSeconds * 1000);
    const refreshToken = await this.storeRefreshToken(user.id, familyId, absoluteExpiresAt, mfa);
    return { accessToken: await this.accessToken(user, familyId, mfa), refreshToken };
  }

  async rotate(refreshToken: string): Promise<TokenPair> {
    const sessions = this.dataSource.getRepository(SessionEntity);
    const session = await sessions.findOne({ where: { tokenHash: hashSecretToken(refreshToken) } });
    if (!session || session.revokedAt) throw new AppException('UNAUTHENTICATED');
    const now = new Date();
    if (session.expiresAt <= now || session.absoluteExpiresAt <= now) throw new AppException('UNAUTHENTICATED');
    // Conditional update: of two concurrent uses of one token, only one wins.
    const spent = await sessions.update({ id: session.id, spentAt: IsNull() }, { spentAt: now });
    if (!spent.affected) {
      await this.revokeFamily(session.familyId);
      throw new AppException('UNAUTHENTICATED');
    }
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: session.userId });
    if (!user) throw new AppException('UNAUTHENTICATED');
    const next = await this.storeRefreshToken(user.id, session.familyId, session.absoluteExpiresAt, session.mfa);
    return { accessToken: await this.accessToken(user, session.familyId, session.mfa), refreshToken: next };
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private accessToken(user: Pick<UserEntity, 'id' | 'email'>, familyId: string, mfa: boolean): Promise<string> {
    const payload: AccessTokenPayload = { sub: user.id, email: user.email, typ: 'access', sid: familyId, mfa };
    return this.jwt.signAsync(payload, {
      algorithm: 'HS256',
      privateKey: jwtKey(this.config.jwtSecret),
      expiresIn: this.config.jwtAccessTtlSeconds,
      audience: this.config.jwtAudience,
      issuer: this.config.jwtIssuer,
    });
  }

  private async storeRefreshToken(userId: string, familyId: string, absoluteExpiresAt: Date, mfa: boolean): Promise<string> {
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(
      Math.min(Date.now() + this.config.refreshTokenTtlSeconds * 1000, absoluteExpiresAt.getTime()),
    );
    await this.dataSource
      .getRepository(SessionEntity)
      .insert({ userId, familyId, tokenHash: hash, expiresAt, absoluteExpiresAt, mfa });
    return token;
  }
}
