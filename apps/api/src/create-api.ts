import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@sinergi/server/core';
import { ApiModule } from './api.module';
import { configureApi, fastifyOptions } from './configure-api';

/**
 * The API application, configured; main.ts listens on it, the tests too (on a loopback port).
 * On Fastify rather than Express: a tenant read costs about a third less CPU in the API process
 * (bench:tenancy), which on two cores is what the throughput and the p99 hang on.
 */
export async function createApi(config: AppConfig): Promise<NestFastifyApplication> {
  // The adapter is given explicitly rather than loaded by name at run time.
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config), new FastifyAdapter(fastifyOptions()), {
    logger: config.env === 'test' ? ['error'] : [config.logLevel === 'log' ? 'log' : config.logLevel, 'warn', 'error'],
  });
  await configureApi(app, config);
  return app;
}
