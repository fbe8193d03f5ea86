import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfigOrExit } from '@sinergi/server/core';
import { createApi } from './create-api';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const app = await createApi(config);
  await app.listen(config.port, config.host);
  Logger.log(`Sinergi API listening on ${config.publicUrl}/api (docs: ${config.publicUrl}/api/docs)`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`Sinergi API failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
