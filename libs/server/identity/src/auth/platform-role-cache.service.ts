import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReadThroughCache } from '@sinergi/server/core';
import { DataSource } from 'typeorm';
import { UserEntity } from '../entities/user.entity';

const TTL_MS = 30_000;

/**
 * Platform roles are read from the database (not trusted from the token) so a revoked admin
 * loses power within seconds; a short cache keeps that off the hot path.
 */
@Injectable()
export class PlatformRoleCache {
  private readonly cache = new ReadThroughCache<string[]>({ ttlMs: TTL_MS, maxEntries: 50_000, load: (userId) => this.read(userId) });

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  rolesOf(userId: string): Promise<string[]> {
    return this.cache.get(userId, undefined);
  }

  /** What rolesOf would answer from the cache, without waiting: undefined when it must ask the database. */
  cached(userId: string): string[] | undefined {
    return this.cache.peek(userId, undefined);
  }

  private async read(userId: string): Promise<string[]> {
    const [user] = (await this.dataSource.query('select platform_roles as "platformRoles" from platform.users where id = $1', [userId])) as Pick<UserEntity, 'platformRoles'>[];
    return user?.platformRoles ?? [];
  }
}
