import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { passwordProblems } from '@sinergi/contracts';
import { APP_CONFIG, AppConfig, AppException } from '@sinergi/server/core';
import { OutboxService } from '@sinergi/server/notification';
import { DataSource, IsNull } from 'typeorm';
import { PasswordResetEntity } from '../entities/password-reset.entity';
import { SessionEntity } from '../entities/session.entity';
import { UserService } from '../users/user.service';
import { LoginThrottle } from './login-throttle.service';
import { hashSecretToken, newSecretToken } from './secret-token';

const VALID_MINUTES = 60;

/**
 * Password reset by an e-mailed, single-use, expiring link. The request answers the same whether
 * the address has an account or not; a completed reset ends every session of the account.
 */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UserService,
    private readonly outbox: OutboxService,
    private readonly throttle: LoginThrottle,
  ) {}

  async request(email: string, ip: string): Promise<void> {
    await this.throttle.beforeAttempt(email, ip);
    await this.dataSource.transaction(async (manager) => {
      const user = await this.users.findByEmail(email, manager);
      if (!user?.passwordHash) return;
      const { token, hash } = newSecretToken();
      await manager.getRepository(PasswordResetEntity).insert({
        userId: user.id,
        tokenHash: hash,
        expiresAt: new Date(Date.now() + VALID_MINUTES * 60_000),
      });
      await this.outbox.enqueueMail(manager, null, {
        template: 'password-reset',
        to: user.email,
        language: 'id',
        data: { name: user.name, resetUrl: `${this.config.publicUrl}/password-reset/${token}`, validMinutes: VALID_MINUTES },
      });
    });
  }

  async confirm(token: string, password: string): Promise<void> {
    const problems = passwordProblems(password);
    if (problems.length) {
      throw new AppException('PASSWORD_TOO_WEAK', undefined, problems.map((problem) => ({ field: 'password', message: problem })));
    }
    await this.dataSource.transaction(async (manager) => {
      const resets = manager.getRepository(PasswordResetEntity);
      const reset = await resets.findOneBy({ tokenHash: hashSecretToken(token) });
      if (!reset || reset.usedAt || reset.expiresAt <= new Date()) throw new AppException('RESET_TOKEN_INVALID');
      const used = await resets.update({ id: reset.id, usedAt: IsNull() }, { usedAt: new Date() });
      if (!used.affected) throw new AppException('RESET_TOKEN_INVALID');
      await this.users.setPassword(manager, reset.userId, password);
      await manager.getRepository(SessionEntity).update({ userId: reset.userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    });
  }
}
