import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

const TTL_MS = 30_000;

/**
 * Platform roles are read from the database (not trusted from the token) so a revoked admin
 * loses power within seconds; a short cache keeps that off the hot path.
 */
@Injectable()
export class PlatformRoleCache {
  private readonly cache = new Map<string, { roles: string[]; expiresAt: number }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rolesOf(userId: string): Promise<string[]> {
    const cached = this.cached(userId);
    if (cached) return cached;
    const [user] = (await this.dataSource.query('select platform_roles as "platformRoles" from platform.users where id = $1', [userId])) as Pick<UserEntity, 'platformRoles'>[];
    const roles = user?.platformRoles ?? [];
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(userId, { roles, expiresAt: Date.now() + TTL_MS });
    return roles;
  }

  /** What rolesOf would answer from the cache, without waiting: undefined when it must ask the database. */
  cached(userId: string): string[] | undefined {
    const cached = this.cache.get(userId);
    return cached && cached.expiresAt > Date.now() ? cached.roles : undefined;
  }
}
