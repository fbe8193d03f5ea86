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

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  /** The person's one global identity, created (without a password) the first time we meet them. */
  async ensureUser(manager: EntityManager, email: string, name: string): Promise<UserEntity> {
    // Insert-or-nothing first: one round trip for a new person, two for someone we know.
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ email: email.trim().toLowerCase(), name: name.trim(), passwordHash: null })
      .orIgnore()
      .returning(['id', 'email', 'name', 'passwordHash', 'platformRoles', 'createdAt', 'updatedAt'])
      .execute();
    const row = inserted.raw as { id: string; email: string; name: string; password_hash: string | null; platform_roles: string[] }[];
    if (row[0]) {
      return Object.assign(new UserEntity(), {
        id: row[0].id,
        email: row[0].email,
        name: row[0].name,
        passwordHash: row[0].password_hash,
        platformRoles: row[0].platform_roles,
      });
    }
    const existing = await this.findByEmail(email, manager);
    if (!existing) throw new Error(`user ${email} neither inserted nor found`);
    return existing;
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
