import { join, resolve } from 'node:path';
// Relative imports: jest's global set-up runs outside the test runtime, without the path aliases.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { startTestServices } from '../../../libs/server/local-runtime/src/test-services';
// The staleness check and build of `npm start`, so both agree on when the app is rebuilt.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ensureWebBuild } from '../../../tools/cli/src/start/web-build';

const ROOT = resolve(__dirname, '../../..');

/**
 * Once per jest run: the built web app (rebuilt only when its sources are newer than the build,
 * as `npm start` does), and the PostgreSQL / Redis of the server tests (a no-op when the server
 * project's set-up already started them in this run).
 */
export default async function globalSetup(): Promise<void> {
  const dist = ensureWebBuild(ROOT);
  if (!dist) throw new Error('The web app did not build (see the output above): the browser tests need it.');
  process.env['SINERGI_TEST_WEB_DIST'] = dist;
  const stop = await startTestServices(join(ROOT, '.data', 'test'));
  (globalThis as { __sinergiWebE2eStop?: () => Promise<void> }).__sinergiWebE2eStop = stop;
}
