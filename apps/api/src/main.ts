import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfigOrExit } from '@sinergi/server/core';
import { ApiModule } from './api.module';
import { configureApi } from './configure-api';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    logger: [config.logLevel === 'log' ? 'log' : config.logLevel, 'warn', 'error'],
  });
  configureApi(app, config);
  await app.listen(config.port, config.host);
  Logger.log(`Sinergi API listening on ${config.publicUrl}/api (docs: ${config.publicUrl}/api/docs)`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`Sinergi API failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
