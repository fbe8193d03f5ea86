import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig, createValidationPipe } from '@sinergi/server/core';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Everything main.ts and the tests share: prefix, validation, OpenAPI, and the built web app. */
export function configureApi(app: NestExpressApplication, config: AppConfig): void {
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useBodyParser('json', { limit: '1mb' });
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  // API responses are small and per-user; hashing every body for an ETag costs more than it saves.
  app.set('etag', false);
  app.set('trust proxy', 'loopback');

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Sinergi API')
      .setDescription('Regional governments and their press partnerships')
      .setVersion('0.1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  serveWebApp(app, config);
}

/** In production (and `npm start`), the API serves the built Angular app; deep links get index.html. */
function serveWebApp(app: NestExpressApplication, config: AppConfig): void {
  const dir = config.webDistDir;
  if (!dir || !existsSync(join(dir, 'index.html'))) return;
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' || request.path.startsWith('/api')) return next();
    response.sendFile(join(dir, 'index.html'));
  });
}
