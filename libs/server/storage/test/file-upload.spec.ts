import { Controller, Get, HttpCode, INestApplication, Module, Param, Post, Res } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { ErrorResponse } from '@sinergi/contracts';
import { AllExceptionsFilter, AppConfig, ConfigModule } from '@sinergi/server/core';
import { testConfig } from '@sinergi/server/core/testing';
import type { FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { FileStorage } from '../src/file-storage.service';
import { acceptMultipartForUploads, FileUpload, UploadedDossierFile } from '../src/http/file-upload.interceptor';
import { sendStoredFile } from '../src/http/send-stored-file';
import { StorageModule } from '../src/storage.module';
import { StoredFile } from '../src/stored-file.type';
import * as fixture from './fixtures';
import { TEST_LIMITS } from './storage-behaviour';

@Controller('files')
class FilesController {
  constructor(private readonly storage: FileStorage) {}

  @Post()
  @FileUpload('file')
  upload(@UploadedDossierFile() file: Express.Multer.File): Promise<StoredFile> {
    return this.storage.store(file.buffer, file.originalname);
  }

  @Get(':hash')
  @HttpCode(200)
  async download(@Param('hash') hash: string, @Res() response: FastifyReply): Promise<void> {
    sendStoredFile(response, await this.storage.open(hash), 'Akta Pendirian – PT Faktapers (2024)');
  }
}

/** A tiny API: the real exception filter, the real storage module, one controller. */
async function createApp(config: AppConfig): Promise<INestApplication> {
  @Module({
    imports: [ConfigModule.forRoot(config), StorageModule],
    controllers: [FilesController],
    providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
  })
  class UploadTestModule {}
  const app = await NestFactory.create<NestFastifyApplication>(UploadTestModule, new FastifyAdapter(), { logger: ['error'] });
  acceptMultipartForUploads(app.getHttpAdapter().getInstance());
  return app;
}

type Part = { field: string; content: Buffer | string; name?: string; type?: string };

function form(parts: Part[]): FormData {
  const body = new FormData();
  for (const part of parts) {
    if (typeof part.content === 'string') body.append(part.field, part.content);
    else body.append(part.field, new Blob([new Uint8Array(part.content)], { type: part.type ?? 'application/octet-stream' }), part.name ?? 'file');
  }
  return body;
}

describe('Uploading and downloading through the API', () => {
  let app: INestApplication;
  let config: AppConfig;
  let url: string;

  beforeAll(async () => {
    config = testConfig('postgres://unused@127.0.0.1:5432/unused', TEST_LIMITS);
    app = await createApp(config);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}/files`;
  });
  afterAll(async () => {
    await app.close();
    await rm(config.storageDir, { recursive: true, force: true });
  });

  const post = async (body: FormData | string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, { method: 'POST', body, headers });
    return { status: response.status, body: (await response.json()) as StoredFile & ErrorResponse };
  };

  it('stores a good file: 201 with the stored file, named as it was sent', async () => {
    const pdf = fixture.tinyPdf();
    const { status, body } = await post(form([{ field: 'file', content: pdf, name: 'Akta Pendirian – PT Faktapers.pdf', type: 'application/pdf' }]));
    expect(status).toBe(201);
    expect(body).toEqual({
      hash: createHash('sha256').update(pdf).digest('hex'),
      size: pdf.length,
      contentType: 'application/pdf',
      originalName: 'Akta Pendirian – PT Faktapers.pdf',
    });
  });

  it('refuses a file over UPLOAD_MAX_BYTES with 413 FILE_TOO_LARGE in the error shape', async () => {
    const big = Buffer.concat([fixture.tinyPdf(), Buffer.alloc(70 * 1024, 0x20), Buffer.from('%%EOF\n')]);
    const { status, body } = await post(form([{ field: 'file', content: big, name: 'akta.pdf', type: 'application/pdf' }]));
    expect(status).toBe(413);
    expect(body).toMatchObject({ statusCode: 413, code: 'FILE_TOO_LARGE', message: 'The file is too large.' });
    expect(body.details).toEqual([expect.objectContaining({ maxBytes: 64 * 1024 })]);
  });

  it('refuses bytes that are not PDF, JPEG or PNG with 415, whatever the name and declared type say', async () => {
    const { status, body } = await post(form([{ field: 'file', content: fixture.zip(), name: 'akta.pdf', type: 'application/pdf' }]), {
      'accept-language': 'id',
    });
    expect(status).toBe(415);
    expect(body).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_FILE_TYPE', message: 'Hanya berkas PDF, JPEG dan PNG yang diterima, diperiksa dari isinya.' });
  });

  it('refuses a request without a file with 400 naming the field', async () => {
    const { status, body } = await post(form([{ field: 'note', content: 'lampiran menyusul' }]));
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'file' })] });
  });

  it('refuses a JSON body where a file is expected with 400', async () => {
    const { status, body } = await post(JSON.stringify({ file: 'JVBERi0=' }), { 'content-type': 'application/json' });
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'file' })] });
  });

  it('refuses a file in another field, or two files, with 400', async () => {
    const misnamed = await post(form([{ field: 'document', content: fixture.png(), name: 'a.png', type: 'image/png' }]));
    expect(misnamed.status).toBe(400);
    expect(misnamed.body).toMatchObject({ code: 'VALIDATION_FAILED', details: [expect.objectContaining({ field: 'document' })] });
    const two = await post(
      form([
        { field: 'file', content: fixture.png(), name: 'a.png', type: 'image/png' },
        { field: 'file', content: fixture.png(2, 2), name: 'b.png', type: 'image/png' },
      ]),
    );
    expect(two.status).toBe(400);
    expect(two.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a malformed multipart body with 400, never a 500', async () => {
    for (const [contentType, body] of [
      ['multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 cut'],
      ['multipart/form-data', 'no boundary at all'],
      ['multipart/mixed; boundary=xyz', '--xyz\r\n\r\nx\r\n--xyz--'],
    ]) {
      const response = await post(body ?? '', { 'content-type': contentType ?? '' });
      expect({ contentType, status: response.status, code: response.body.code }).toEqual({ contentType, status: 400, code: 'VALIDATION_FAILED' });
    }
  });

  it('serves a stored file as a private attachment with its type, length and an RFC 5987 name', async () => {
    const png = fixture.png(4, 4);
    const { body: stored } = await post(form([{ field: 'file', content: png, name: 'bukti.png', type: 'image/png' }]));
    const response = await fetch(`${url}/${stored.hash}`);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(['content-type', 'content-length', 'content-disposition', 'x-content-type-options', 'cache-control'].map((name) => [name, response.headers.get(name)]))).toEqual({
      'content-type': 'image/png',
      'content-length': String(png.length),
      'content-disposition': `attachment; filename="Akta Pendirian PT Faktapers (2024).png"; filename*=UTF-8''Akta%20Pendirian%20%E2%80%93%20PT%20Faktapers%20%282024%29.png`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
  });

  it('answers 404 FILE_NOT_FOUND for a file that is not there', async () => {
    const response = await fetch(`${url}/${'0'.repeat(64)}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'FILE_NOT_FOUND' });
  });
});
