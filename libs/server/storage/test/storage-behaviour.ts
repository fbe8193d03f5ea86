import { AppException } from '@sinergi/server/core';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { FileStorage } from '../src/file-storage.service';
import * as fixture from './fixtures';

export type StorageUnderTest = {
  storage: FileStorage;
  /** Everything the driver holds: files (temporary ones included) or object keys. */
  listStored: () => Promise<string[]>;
  teardown: () => Promise<void>;
};

/** The limits every suite configures, small enough to build files just over them. */
export const TEST_LIMITS = { UPLOAD_MAX_BYTES: String(64 * 1024), IMAGE_MAX_PIXELS: String(4000 * 3000) };

const sha256 = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

async function refusal(promise: Promise<unknown>): Promise<AppException> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppException) return error;
    throw error;
  }
  throw new Error('expected a refusal, but the file was accepted');
}

/** The same behaviour whatever the driver: local disk or S3-compatible. */
export function describeFileStorage(label: string, start: () => Promise<StorageUnderTest>): void {
  describe(`FileStorage (${label})`, () => {
    let subject: StorageUnderTest;
    beforeAll(async () => {
      subject = await start();
    });
    afterAll(() => subject?.teardown());

    it.each([
      ['a PDF', fixture.tinyPdf(), 'Akta Pendirian.pdf', 'application/pdf'],
      ['a PNG', fixture.png(), 'bukti-tayang.png', 'image/png'],
      ['a JPEG', fixture.jpeg(16, 16), 'foto koran.jpg', 'image/jpeg'],
    ])('stores %s under its sha256 and gives the same bytes back', async (_kind, content, name, type) => {
      const stored = await subject.storage.store(content, name);
      expect(stored).toEqual({ hash: sha256(content), size: content.length, contentType: type, originalName: name });
      expect(await subject.storage.exists(stored.hash)).toBe(true);
      const opened = await subject.storage.open(stored.hash);
      expect({ size: opened.size, contentType: opened.contentType }).toEqual({ size: content.length, contentType: type });
      expect((await readAll(opened.stream)).equals(content)).toBe(true);
    });

    it('judges by the bytes, not the name: a PNG named .pdf is stored as a PNG', async () => {
      const stored = await subject.storage.store(fixture.png(2, 2), 'scan.pdf');
      expect(stored.contentType).toBe('image/png');
      const opened = await subject.storage.open(stored.hash);
      opened.stream.destroy();
      expect(opened.contentType).toBe('image/png');
    });

    it('stores identical content once, whatever its name', async () => {
      const content = fixture.tinyPdf('NIB 1234567890123');
      const before = (await subject.listStored()).length;
      const first = await subject.storage.store(content, 'nib.pdf');
      const second = await subject.storage.store(content, 'NIB (salinan).pdf');
      const racing = await Promise.all(Array.from({ length: 5 }, () => subject.storage.store(content, 'nib.pdf')));
      expect(second.hash).toBe(first.hash);
      expect(second.originalName).toBe('NIB (salinan).pdf');
      expect(new Set(racing.map((file) => file.hash))).toEqual(new Set([first.hash]));
      expect((await subject.listStored()).length).toBe(before + 1);
    });

    it.each([
      ['zip bytes named .pdf', fixture.zip(), 'akta.pdf'],
      ['a zip bomb named .png', fixture.zipBomb(), 'bukti.png'],
      ['a Linux executable named .pdf', fixture.elf(), 'npwp.pdf'],
      ['a Windows executable named .jpg', fixture.windowsExe(), 'foto.jpg'],
      ['HTML named .pdf', fixture.html(), 'sertifikat.pdf'],
      ['SVG named .png', fixture.svg(), 'logo.png'],
      ['a GIF', fixture.gif(), 'logo.gif'],
      ['an empty file', Buffer.alloc(0), 'kosong.pdf'],
      ['a PDF without %%EOF', fixture.tinyPdf().subarray(0, 300), 'terpotong.pdf'],
      ['a PDF with a zip after %%EOF', Buffer.concat([fixture.tinyPdf(), Buffer.alloc(2048, 0x20), fixture.zip()]), 'polyglot.pdf'],
      ['a PNG whose header CRC is wrong', fixture.pngWithBadCrc(), 'rusak.png'],
      ['a JPEG cut short in its header', fixture.truncatedJpeg(), 'rusak.jpg'],
      ['a JPEG declaring a zero height', fixture.jpeg(8, 0), 'nol.jpg'],
    ])('refuses %s with 415 UNSUPPORTED_FILE_TYPE and stores nothing', async (_kind, content, name) => {
      const before = await subject.listStored();
      const error = await refusal(subject.storage.store(content, name));
      expect({ code: error.code, status: error.status }).toEqual({ code: 'UNSUPPORTED_FILE_TYPE', status: 415 });
      expect(await subject.listStored()).toEqual(before);
    });

    it.each([
      ['a PDF over UPLOAD_MAX_BYTES', Buffer.concat([fixture.tinyPdf(), Buffer.alloc(64 * 1024, 0x20), Buffer.from('%%EOF\n')])],
      ['a PNG declaring 100000×100000 pixels', fixture.pngDeclaring(100_000, 100_000)],
      ['a PNG just over IMAGE_MAX_PIXELS', fixture.pngDeclaring(4000, 3001)],
      ['a JPEG declaring 65535×65535 pixels', fixture.jpeg(65535, 65535)],
    ])('refuses %s with 413 FILE_TOO_LARGE and stores nothing', async (_kind, content) => {
      const before = await subject.listStored();
      const error = await refusal(subject.storage.store(content, 'besar'));
      expect({ code: error.code, status: error.status }).toEqual({ code: 'FILE_TOO_LARGE', status: 413 });
      expect(await subject.listStored()).toEqual(before);
    });

    it('accepts an image of exactly IMAGE_MAX_PIXELS', async () => {
      await expect(subject.storage.store(fixture.pngDeclaring(4000, 3000), 'pas.png')).resolves.toMatchObject({ contentType: 'image/png' });
    });

    it('answers 404 FILE_NOT_FOUND for an unknown or malformed hash', async () => {
      for (const hash of [sha256(Buffer.from('never stored')), '../../../etc/passwd', 'AB'.repeat(32), '']) {
        expect(await subject.storage.exists(hash)).toBe(false);
        const error = await refusal(subject.storage.open(hash));
        expect({ code: error.code, status: error.status }).toEqual({ code: 'FILE_NOT_FOUND', status: 404 });
      }
    });

    it('keeps only a safe original name', async () => {
      const stored = await subject.storage.store(fixture.png(3, 1), '../../etc/\u202Efdp.exe\u0000\r\n');
      expect(stored.originalName).toBe('fdp.exe');
    });
  });
}
