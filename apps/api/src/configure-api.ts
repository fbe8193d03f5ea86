import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppConfig, createValidationPipe } from '@sinergi/server/core';
import { acceptMultipartForUploads } from '@sinergi/server/storage';
import { TenantRouteTransactions } from '@sinergi/server/tenancy';
import type { FastifyServerOptions } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const JSON_BODY_LIMIT = 1024 * 1024;

/** The Fastify instance's own settings (given when the adapter is made, before any route). */
export function fastifyOptions(): FastifyServerOptions {
  return {
    bodyLimit: JSON_BODY_LIMIT,
    // The client address behind a proxy on the same host (the web dev server, a local nginx).
    trustProxy: 'loopback',
  };
}

/** Everything main.ts and the tests share: prefix, validation, uploads, OpenAPI, and the built web app. */
export async function configureApi(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  // Before the routes are registered (app.init): each tenant request's handler is one unit of work.
  app.get(TenantRouteTransactions).wrapRouteHandlers();
  acceptMultipartForUploads(app.getHttpAdapter().getInstance());

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

  await serveWebApp(app, config);
}

/** In production (and `npm start`), the API serves the built Angular app; deep links get index.html. */
async function serveWebApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const dir = config.webDistDir;
  if (!dir || !existsSync(join(dir, 'index.html'))) return;
  const fastify = app.getHttpAdapter().getInstance();
  // One route per built file (the build is fixed while the process runs), so the catch-all below
  // only ever sees paths that are not files.
  await fastify.register((await import('@fastify/static')).default, { root: dir, index: false, wildcard: false, maxAge: '1h' });
  fastify.get('/*', (request, reply) => {
    // An unknown API route is answered by the API's own 404, in the API's error shape.
    if (request.url === '/api' || request.url.startsWith('/api/')) return reply.callNotFound();
    return reply.sendFile('index.html', dir, { maxAge: 0 });
  });
}
