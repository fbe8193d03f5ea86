import { NestFactory } from '@nestjs/core';
import { ExpressAdapter, NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@sinergi/server/core';
import { ApiModule } from './api.module';
import { configureApi } from './configure-api';

/** The API application, configured; main.ts listens on it, the tests too (on a loopback port). */
export async function createApi(config: AppConfig): Promise<NestExpressApplication> {
  // The adapter is given explicitly rather than loaded by name at run time.
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), new ExpressAdapter(), {
    logger: config.env === 'test' ? ['error'] : [config.logLevel === 'log' ? 'log' : config.logLevel, 'warn', 'error'],
  });
  configureApi(app, config);
  return app;
}
