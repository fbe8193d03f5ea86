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
    const cached = this.cache.get(userId);
    if (cached && cached.expiresAt > Date.now()) return cached.roles;
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { id: userId }, select: { id: true, platformRoles: true } });
    const roles = user?.platformRoles ?? [];
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(userId, { roles, expiresAt: Date.now() + TTL_MS });
    return roles;
  }
}
