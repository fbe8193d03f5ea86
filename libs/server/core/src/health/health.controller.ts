import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthResponse } from '@sinergi/contracts';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../http/public.decorator';
import { RedisClients } from '../redis/redis.module';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly redis: RedisClients,
  ) {}

  @Public()
  @Get()
  @HttpCode(200)
  @ApiOkResponse({ description: 'All dependencies answer; 503 with the failing one marked down otherwise.' })
  async check(@Res({ passthrough: true }) response: FastifyReply): Promise<HealthResponse> {
    const [database, redis] = await Promise.all([this.databaseUp(), this.redis.ping()]);
    const body: HealthResponse = {
      status: database && redis ? 'ok' : 'error',
      checks: { database: database ? 'up' : 'down', redis: redis ? 'up' : 'down' },
    };
    if (body.status !== 'ok') response.status(503);
    return body;
  }

  private async databaseUp(): Promise<boolean> {
    try {
      await Promise.race([
        this.dataSource.query('select 1'),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
