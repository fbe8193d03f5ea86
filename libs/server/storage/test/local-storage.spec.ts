import { testConfig } from '@sinergi/server/core/testing';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createStorageDriver } from '../src/drivers/create-storage-driver';
import { LocalDiskDriver } from '../src/drivers/local-disk.driver';
import { FileStorage } from '../src/file-storage.service';
import * as fixture from './fixtures';
import { describeFileStorage, StorageUnderTest, TEST_LIMITS } from './storage-behaviour';

const UNUSED_DATABASE = 'postgres://unused@127.0.0.1:5432/unused';

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

async function startLocal(): Promise<StorageUnderTest & { root: string }> {
  const config = testConfig(UNUSED_DATABASE, TEST_LIMITS);
  const storage = new FileStorage(config, createStorageDriver(config));
  return {
    root: config.storageDir,
    storage,
    listStored: () => listFiles(config.storageDir),
    teardown: async () => {
      await storage.onModuleDestroy();
      await rm(config.storageDir, { recursive: true, force: true });
    },
  };
}

describeFileStorage('local disk', startLocal);

describe('FileStorage on the local disk', () => {
  let subject: Awaited<ReturnType<typeof startLocal>>;
  beforeEach(async () => {
    subject = await startLocal();
  });
  afterEach(() => subject.teardown());

  it('gets its own directory from testConfig, created only when a file is stored', async () => {
    expect(subject.root).not.toBe(testConfig(UNUSED_DATABASE).storageDir);
    expect(await listFiles(subject.root)).toEqual([]);
  });

  it('lays files out as ab/cd/<hash>, with no temporary file left behind', async () => {
    const stored = await subject.storage.store(fixture.tinyPdf(), 'akta.pdf');
    const { hash } = stored;
    expect(await subject.listStored()).toEqual([join(hash.slice(0, 2), hash.slice(2, 4), hash)]);
  });

  it('leaves neither the file nor a temporary file when the write fails', async () => {
    const content = fixture.png(5, 5);
    const driver = new LocalDiskDriver(subject.root);
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha256').update(content).digest('hex');
    // A directory where the file should go makes the final rename fail, after the temporary file was written.
    await mkdir(join(driver.pathOf(hash), 'in-the-way'), { recursive: true });
    await expect(subject.storage.store(content, 'bukti.png')).rejects.toThrow();
    expect(await subject.listStored()).toEqual([]);
    expect(await subject.storage.exists(hash)).toBe(false);
  });
});
