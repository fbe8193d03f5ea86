import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PlatformRole } from '@sinergi/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher.service';
import { UserEntity } from '../entities/user.entity';

@Injectable()
export class UserService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
  ) {}

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  /** The person's one global identity, created (without a password) the first time we meet them. */
  async ensureUser(manager: EntityManager, email: string, name: string): Promise<UserEntity> {
    const existing = await this.findByEmail(email, manager);
    if (existing) return existing;
    const users = manager.getRepository(UserEntity);
    return users.save(users.create({ email: email.trim().toLowerCase(), name: name.trim(), passwordHash: null }));
  }

  async setPassword(manager: EntityManager, userId: string, password: string): Promise<void> {
    await manager.getRepository(UserEntity).update({ id: userId }, { passwordHash: await this.passwords.hash(password) });
  }

  /**
   * Start-up bootstrap: the configured platform admin exists with the configured password and role.
   * Re-running it is harmless; the password is only set when the account has none yet.
   */
  async ensurePlatformAdmin(email: string, password: string): Promise<{ created: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const existing = await this.findByEmail(email, manager);
      const role: PlatformRole = 'platform-admin';
      if (existing) {
        if (!existing.platformRoles.includes(role)) {
          await manager
            .getRepository(UserEntity)
            .update({ id: existing.id }, { platformRoles: [...existing.platformRoles, role] });
        }
        if (!existing.passwordHash) await this.setPassword(manager, existing.id, password);
        return { created: false };
      }
      const users = manager.getRepository(UserEntity);
      await users.save(
        users.create({
          email: email.toLowerCase(),
          name: 'Platform Administrator',
          passwordHash: await this.passwords.hash(password),
          platformRoles: [role],
        }),
      );
      return { created: true };
    });
  }
}
