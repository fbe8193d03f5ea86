import type { INestApplicationContext } from '@nestjs/common';
import { type CaughtMail, type MailSink, startMailSink } from '@sinergi/server/local-runtime';
// The API's own e2e harness (apps/api has no import alias): the browser tests run the very stack
// the API's e2e tests do, plus the built web app.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { type ApiTestEnvironment, startApiTestEnvironment } from '../../../api/test/support/api-harness';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startMailWorker } from '../../../api/test/support/mail-worker';

// eslint-disable-next-line @nx/enforce-module-boundaries
export { PLATFORM_ADMIN, client, login } from '../../../api/test/support/api-harness';

export type WebStack = {
  /** Where the browser goes: the API, serving the built web app and /api on one origin. */
  url: string;
  env: ApiTestEnvironment;
  /** The SMTP sink the worker's mail relay delivers to (when started with `mail`). */
  waitForMail: (match: (mail: CaughtMail) => boolean) => Promise<CaughtMail>;
  close: () => Promise<void>;
};

/**
 * A real stack for one test file: a fresh database, the API serving the built app (WEB_DIST_DIR),
 * and with `mail` the worker's outbox relay and sender delivering to a local SMTP sink.
 */
export async function startWebStack(label: string, options: { mail?: boolean } = {}): Promise<WebStack> {
  const dist = process.env['SINERGI_TEST_WEB_DIST'];
  if (!dist) throw new Error('SINERGI_TEST_WEB_DIST is not set: run through apps/web-e2e/jest.config.js');
  const sink: MailSink | null = options.mail ? await startMailSink() : null;
  const env = await startApiTestEnvironment(label, {
    WEB_DIST_DIR: dist,
    ...(sink ? { SMTP_URL: sink.smtpUrl, OUTBOX_POLL_MS: '50' } : {}),
  });
  const worker: INestApplicationContext | null = sink ? await startMailWorker(env.config) : null;
  return {
    url: env.api.url,
    env,
    waitForMail: (match) => {
      if (!sink) throw new Error('this stack was started without mail');
      return sink.waitFor(match);
    },
    close: async () => {
      await worker?.close();
      await env.teardown();
      await sink?.stop();
    },
  };
}
