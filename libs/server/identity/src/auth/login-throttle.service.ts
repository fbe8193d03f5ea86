import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AppException, RedisClients } from '@sinergi/server/core';
import { createHash } from 'node:crypto';

/**
 * Brute-force brakes on login, kept in Redis so every API instance shares them:
 * - per IP and per e-mail address, at most N attempts a minute (429);
 * - after M failed logins of one e-mail address, it is locked for a while (423) — whether or not
 *   an account has that address, so the answers tell nothing about who has an account.
 * While Redis is down the brakes are off (logged): logins keep working, argon2 still slows guessing.
 */
@Injectable()
export class LoginThrottle {
  private readonly logger = new Logger('LoginThrottle');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly redis: RedisClients,
  ) {}

  async beforeAttempt(email: string, ip: string): Promise<void> {
    const account = this.key('account', email);
    try {
      const minute = Math.floor(Date.now() / 60_000);
      const result = await this.redis.command
        .multi()
        .incr(this.key('ip-rate', `${ip}:${minute}`))
        .expire(this.key('ip-rate', `${ip}:${minute}`), 120)
        .incr(`${account}:rate:${minute}`)
        .expire(`${account}:rate:${minute}`, 120)
        .exists(`${account}:locked`)
        .exec();
      const [ipCount, , accountCount, , locked] = (result ?? []).map(([, value]) => Number(value));
      if (locked) throw new AppException('ACCOUNT_LOCKED');
      if ((ipCount ?? 0) > this.config.loginRatePerIp || (accountCount ?? 0) > this.config.loginRatePerAccount) {
        throw new AppException('RATE_LIMITED');
      }
    } catch (error) {
      if (error instanceof AppException) throw error;
      this.logger.warn(`login brakes unavailable: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async failed(email: string): Promise<void> {
    const account = this.key('account', email);
    try {
      const [[, failures]] = ((await this.redis.command
        .multi()
        .incr(`${account}:failures`)
        .expire(`${account}:failures`, this.config.loginLockSeconds)
        .exec()) ?? [[null, 0]]) as [[unknown, number]];
      if (Number(failures) >= this.config.loginMaxFailures) {
        await this.redis.command.set(`${account}:locked`, '1', 'EX', this.config.loginLockSeconds);
        await this.redis.command.del(`${account}:failures`);
      }
    } catch (error) {
      this.logger.warn(`cannot count a failed login: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  async succeeded(email: string): Promise<void> {
    await this.redis.command.del(`${this.key('account', email)}:failures`).catch(() => undefined);
  }

  /** Addresses are hashed: the keys hold no personal data. */
  private key(kind: string, value: string): string {
    const digest = createHash('sha256').update(value.trim().toLowerCase()).digest('hex').slice(0, 32);
    return `${this.config.redisPrefix}:login:${kind}:${kind === 'ip-rate' ? value : digest}`;
  }
}
