import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, AppException } from '@sinergi/server/core';
import { OutboxService } from '@sinergi/server/notification';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { hashSecretToken, newSecretToken } from '../auth/secret-token';
import { EmailConfirmationEntity } from '../entities/email-confirmation.entity';
import { UserEntity } from '../entities/user.entity';

const VALID_DAYS = 3;

/** "Is this address really yours?": a single-use link, mailed through the outbox. */
@Injectable()
export class EmailConfirmationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
  ) {}

  async issue(manager: EntityManager, user: Pick<UserEntity, 'id' | 'email' | 'name'>): Promise<void> {
    const { token, hash } = newSecretToken();
    await manager
      .getRepository(EmailConfirmationEntity)
      .insert({ userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + VALID_DAYS * 86400_000) });
    await this.outbox.enqueueMail(manager, null, {
      template: 'email-confirmation',
      to: user.email,
      language: 'id',
      data: { name: user.name, confirmUrl: `${this.config.publicUrl}/confirm-email/${token}`, validDays: VALID_DAYS },
    });
  }

  async confirm(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const confirmations = manager.getRepository(EmailConfirmationEntity);
      const confirmation = await confirmations.findOneBy({ tokenHash: hashSecretToken(token) });
      if (!confirmation || confirmation.confirmedAt || confirmation.expiresAt <= new Date()) {
        throw new AppException('CONFIRMATION_INVALID');
      }
      const done = await confirmations.update({ id: confirmation.id, confirmedAt: IsNull() }, { confirmedAt: new Date() });
      if (!done.affected) throw new AppException('CONFIRMATION_INVALID');
      await manager.getRepository(UserEntity).update({ id: confirmation.userId }, { emailConfirmedAt: new Date() });
    });
  }
}
