import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@sinergi/server/core';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger: [config.logLevel === 'log' ? 'log' : config.logLevel, 'warn', 'error'],
  });
  app.enableShutdownHooks();
  Logger.log('Sinergi worker is processing queues', 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`Sinergi worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
