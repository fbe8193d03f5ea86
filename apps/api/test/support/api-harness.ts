import { rm } from 'node:fs/promises';
import { INestApplication } from '@nestjs/common';
import { AppConfig } from '@sinergi/server/core';
import { createTestDatabase, TestDatabase, testConfig } from '@sinergi/server/core/testing';
import { ensurePlatformAdmin } from '@sinergi/server/demo';
import { SchemaMigrator } from '@sinergi/server/tenancy';
import { createApi } from '../../src/create-api';

export const PLATFORM_ADMIN = { email: 'admin@sinergi.test', password: 'Platform-Admin-Test-1!' };

export type ApiInstance = {
  app: INestApplication;
  url: string;
  config: AppConfig;
  close: () => Promise<void>;
};

/** A real API instance on a loopback port, against the given database and Redis. */
export async function startApi(config: AppConfig): Promise<ApiInstance> {
  const app = await createApi(config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return { app, url: `http://127.0.0.1:${address.port}`, config, close: () => app.close() };
}

export type ApiTestEnvironment = {
  database: TestDatabase;
  config: AppConfig;
  api: ApiInstance;
  teardown: () => Promise<void>;
};

/** A fresh database, migrated, with a platform admin, and one API instance on it. */
export async function startApiTestEnvironment(label: string, env: Record<string, string> = {}): Promise<ApiTestEnvironment> {
  const database = await createTestDatabase(label);
  const config = testConfig(database.url, {
    PLATFORM_ADMIN_EMAIL: PLATFORM_ADMIN.email,
    PLATFORM_ADMIN_PASSWORD: PLATFORM_ADMIN.password,
    ...env,
  });
  const api = await startApi(config);
  await api.app.get(SchemaMigrator).migratePlatform();
  await ensurePlatformAdmin(api.app, PLATFORM_ADMIN.email, PLATFORM_ADMIN.password);
  return {
    database,
    config,
    api,
    teardown: async () => {
      await api.close();
      await database.drop();
      await rm(config.storageDir, { recursive: true, force: true });
    },
  };
}

export type JsonResponse<T = unknown> = { status: number; body: T };

/** A small JSON client: requests go over real HTTP to the instance. */
export function client(baseUrl: string, token?: string, language?: 'id' | 'en') {
  const call = async <T = unknown>(method: string, path: string, body?: unknown): Promise<JsonResponse<T>> => {
    const headers: Record<string, string> = {};
    if (token) headers['authorization'] = `Bearer ${token}`;
    if (language) headers['accept-language'] = language;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  };
  return {
    get: <T = unknown>(path: string) => call<T>('GET', path),
    post: <T = unknown>(path: string, body?: unknown) => call<T>('POST', path, body),
    patch: <T = unknown>(path: string, body?: unknown) => call<T>('PATCH', path, body),
    raw: call,
  };
}

export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await client(baseUrl).post<{ accessToken: string }>('/api/auth/login', { email, password });
  if (response.status !== 200) throw new Error(`login of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.accessToken;
}
