import { join, resolve } from 'node:path';
// Relative import: jest's global set-up runs outside the test runtime, without the path aliases.
import { startTestServices } from '../../libs/server/local-runtime/src/test-services';

/** Tests talk to a real PostgreSQL and a real Redis (see startTestServices). */
export default async function globalSetup(): Promise<void> {
  const stop = await startTestServices(join(resolve(__dirname, '../..'), '.data', 'test'));
  (globalThis as { __sinergiStopServices?: () => Promise<void> }).__sinergiStopServices = stop;
}
