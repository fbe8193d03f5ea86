import { Controller, Get, Module, Param, Post, Query } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { ErrorResponse, TenantProfile } from '@sinergi/contracts';
import { AnyMember, AppException, ReadsOnly, TenantDatabase, WithoutTenantTransaction } from '@sinergi/server/core';
import { DEMO_PASSWORD, DEMO_TENANTS, demoAdminEmail, seedDemoTenants } from '@sinergi/server/demo';
import { ApiModule } from '../src/api.module';
import { configureApi, fastifyOptions } from '../src/configure-api';
import { ApiTestEnvironment, client, login, startApiTestEnvironment } from './support/api-harness';

const TWO = DEMO_TENANTS.filter((t) => ['kota-pekanbaru', 'kota-payakumbuh'].includes(t.slug));

/** Routes that report what their unit of work is, to see the wrapping from outside. */
@Controller('t/:tenant/probe')
class ProbeController {
  constructor(private readonly tenantDb: TenantDatabase) {}

  @Get('read/:word')
  @AnyMember()
  @ReadsOnly()
  async read(@Param('word') word: string, @Query('n') n?: string): Promise<Record<string, unknown>> {
    const [row] = (await this.tenantDb.manager().query(`select current_user as "user", current_setting('search_path') as "path"`)) as { user: string; path: string }[];
    return { word, n: n ?? null, argumentCount: arguments.length, tenant: this.tenantDb.currentTenant().slug, ...row };
  }

  @Post('fail-after-write')
  @AnyMember()
  async failAfterWrite(): Promise<never> {
    await this.tenantDb.manager().query(`update tenant_profile set owning_unit = 'Dinas yang tidak pernah ada' where id = 1`);
    throw new AppException('CONFLICT');
  }

  @Post('write-in-read-only')
  @AnyMember()
  @ReadsOnly()
  async writeInReadOnly(): Promise<void> {
    await this.tenantDb.manager().query(`update tenant_profile set owning_unit = 'Dinas yang tidak pernah ada' where id = 1`);
  }

  @Get('outside')
  @AnyMember()
  @WithoutTenantTransaction()
  outside(): { inScope: boolean } {
    return { inScope: this.tenantDb.isInTenantScope() };
  }
}

describe('Each tenant request handler runs as one unit of work', () => {
  let env: ApiTestEnvironment;
  let app: NestFastifyApplication;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    env = await startApiTestEnvironment('unitofwork');
    await seedDemoTenants(env.api.app, TWO);
    @Module({ imports: [ApiModule.forRoot(env.config)], controllers: [ProbeController] })
    class WithProbe {}
    app = await NestFactory.create<NestFastifyApplication>(WithProbe, new FastifyAdapter(fastifyOptions()), { logger: ['error'] });
    await configureApi(app, env.config);
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    api = client(url, await login(url, demoAdminEmail('kota-pekanbaru'), DEMO_PASSWORD));
  });
  afterAll(async () => {
    await app?.close();
    await env.teardown();
  });

  it("runs the handler in the tenant's schema and role, with exactly the arguments it declares", async () => {
    const response = await api.get<Record<string, unknown>>('/api/t/kota-pekanbaru/probe/read/kata?n=3');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ word: 'kata', n: '3', argumentCount: 2, tenant: 'kota-pekanbaru' });
    expect(response.body['path']).toBe('t_14_71');
    expect(String(response.body['user'])).toMatch(/_t_14_71$/);
  });

  it('rolls back what a failing handler wrote, and answers its error', async () => {
    const failed = await api.post<ErrorResponse>('/api/t/kota-pekanbaru/probe/fail-after-write');
    expect([failed.status, failed.body.code]).toEqual([409, 'CONFLICT']);
    const profile = await api.get<TenantProfile>('/api/t/kota-pekanbaru/profile');
    expect(profile.body.owningUnit).not.toBe('Dinas yang tidak pernah ada');
  });

  it('refuses a write in a route that says it only reads (a bug of ours: 500 in the error shape, nothing written)', async () => {
    const refused = await api.post<ErrorResponse>('/api/t/kota-pekanbaru/probe/write-in-read-only');
    expect([refused.status, refused.body.code]).toEqual([500, 'INTERNAL_ERROR']);
    expect((await api.get<TenantProfile>('/api/t/kota-pekanbaru/profile')).body.owningUnit).not.toBe('Dinas yang tidak pernah ada');
  });

  it('opens no unit of work for a route that runs its own platform transaction', async () => {
    expect((await api.get<{ inScope: boolean }>('/api/t/kota-pekanbaru/probe/outside')).body).toEqual({ inScope: false });
  });

  it('still puts the guards first: another tenant is refused before any handler runs', async () => {
    const other = await api.get<ErrorResponse>('/api/t/kota-payakumbuh/probe/read/kata');
    expect([other.status, other.body.code]).toEqual([403, 'NOT_A_MEMBER']);
  });
});
