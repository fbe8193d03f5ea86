import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TotpSetup } from '@sinergi/contracts';
import { APP_CONFIG, AppConfig, AppException } from '@sinergi/server/core';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import { DataSource } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

/**
 * The optional second factor: a TOTP secret per person (RFC 6238, any authenticator app). Secrets
 * are stored encrypted (AES-256-GCM, key derived from JWT_SECRET), so a copy of the users table
 * alone does not give anyone the codes.
 */
@Injectable()
export class TotpService {
  private readonly key: Buffer;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.key = createHash('sha256').update(`${config.jwtSecret}:totp`).digest();
  }

  async setup(userId: string, email: string): Promise<TotpSetup> {
    const secret = generateSecret();
    await this.users().update({ id: userId }, { totpPendingSecret: this.encrypt(secret) });
    return { secret, otpauthUrl: generateURI({ issuer: 'Sinergi', label: email, secret }) };
  }

  async enable(userId: string, code: string): Promise<void> {
    const user = await this.users().findOneByOrFail({ id: userId });
    if (!user.totpPendingSecret || !(await this.matches(this.decrypt(user.totpPendingSecret), code))) {
      throw new AppException('TOTP_INVALID');
    }
    await this.users().update(
      { id: userId },
      { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabledAt: new Date() },
    );
  }

  async disable(userId: string, code: string): Promise<void> {
    const user = await this.users().findOneByOrFail({ id: userId });
    if (!user.totpSecret || !(await this.matches(this.decrypt(user.totpSecret), code))) throw new AppException('TOTP_INVALID');
    await this.users().update({ id: userId }, { totpSecret: null, totpEnabledAt: null });
  }

  /** For login: true when the account's second factor accepts this code. */
  async verifies(user: Pick<UserEntity, 'totpSecret'>, code: string): Promise<boolean> {
    return user.totpSecret ? this.matches(this.decrypt(user.totpSecret), code) : false;
  }

  private async matches(secret: string, code: string): Promise<boolean> {
    if (!/^\d{6}$/.test(code)) return false;
    // One time step either side: clocks of phones drift.
    return (await verify({ secret, token: code, epochTolerance: 30 })).valid;
  }

  private encrypt(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.');
  }

  private decrypt(stored: string): string {
    const [iv, tag, data] = stored.split('.').map((part) => Buffer.from(part, 'base64url'));
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv!);
    decipher.setAuthTag(tag!);
    return Buffer.concat([decipher.update(data!), decipher.final()]).toString('utf8');
  }

  private users() {
    return this.dataSource.getRepository(UserEntity);
  }
}
