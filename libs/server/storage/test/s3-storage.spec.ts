import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { AppException } from '@sinergi/server/core';
import { testConfig } from '@sinergi/server/core/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStorageDriver } from '../src/drivers/create-storage-driver';
import { S3Driver } from '../src/drivers/s3.driver';
import { FileStorage } from '../src/file-storage.service';
import * as fixture from './fixtures';
import { describeFileStorage, StorageUnderTest, TEST_LIMITS } from './storage-behaviour';

type S3rverInstance = { run: () => Promise<{ port: number }>; close: () => Promise<void> };
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;
// s3rver ships no types; it is a real S3-compatible server (HTTP, SigV4, a file-system store).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require('s3rver') as S3rverClass;

const BUCKET = 'sinergi-test';
const CREDENTIALS = { STORAGE_S3_ACCESS_KEY_ID: 'S3RVER', STORAGE_S3_SECRET_ACCESS_KEY: 'S3RVER' };
const UNUSED_DATABASE = 'postgres://unused@127.0.0.1:5432/unused';

/** A port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function s3Config(endpoint: string) {
  return testConfig(UNUSED_DATABASE, {
    ...TEST_LIMITS,
    STORAGE_DRIVER: 's3',
    STORAGE_S3_ENDPOINT: endpoint,
    STORAGE_S3_BUCKET: BUCKET,
    STORAGE_S3_FORCE_PATH_STYLE: 'true',
    ...CREDENTIALS,
  });
}

async function startS3(): Promise<StorageUnderTest & { endpoint: string }> {
  const directory = await mkdtemp(join(tmpdir(), 'sinergi-s3rver-'));
  // Port 0: the system picks a free one, so parallel test files never collide.
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: BUCKET }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const config = s3Config(endpoint);
  const storage = new FileStorage(config, createStorageDriver(config));
  const lister = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  return {
    endpoint,
    storage,
    listStored: async () => {
      const listed = await lister.send(new ListObjectsV2Command({ Bucket: BUCKET }));
      return (listed.Contents ?? []).map((object) => object.Key ?? '').sort();
    },
    teardown: async () => {
      lister.destroy();
      await storage.onModuleDestroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

describeFileStorage('S3-compatible, s3rver', startS3);

describe('FileStorage on S3-compatible storage', () => {
  let subject: Awaited<ReturnType<typeof startS3>>;
  beforeAll(async () => {
    subject = await startS3();
  });
  afterAll(() => subject.teardown());

  it('keys objects as sha256/ab/<hash>, with their content type', async () => {
    const stored = await subject.storage.store(fixture.jpeg(8, 8), 'foto.jpg');
    expect(await subject.listStored()).toContain(`sha256/${stored.hash.slice(0, 2)}/${stored.hash}`);
    const opened = await subject.storage.open(stored.hash);
    opened.stream.destroy();
    expect(opened.contentType).toBe('image/jpeg');
  });

  it('answers 503 DEPENDENCY_DOWN when the storage server does not answer', async () => {
    const config = s3Config(`http://127.0.0.1:${await closedPort()}`);
    if (!config.storageS3) throw new Error('no S3 settings');
    const storage = new FileStorage(config, new S3Driver(config.storageS3));
    try {
      const error = await storage.store(fixture.tinyPdf(), 'akta.pdf').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppException);
      expect((error as AppException).code).toBe('DEPENDENCY_DOWN');
    } finally {
      await storage.onModuleDestroy();
    }
  });
});
