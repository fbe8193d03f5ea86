import { createTestDatabase, TestDatabase } from '@sinergi/server/core/testing';
import { startTestServices } from '@sinergi/server/local-runtime';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../..');

/** Benchmarks run on the same services as the tests (see startTestServices). */
export async function benchServices(): Promise<{ cleanup: () => Promise<void> }> {
  return { cleanup: await startTestServices(join(ROOT, '.data', 'bench')) };
}

export async function scratchDatabase(label: string): Promise<TestDatabase> {
  return createTestDatabase(`bench${label}`);
}
