/**
 * File storage (ARCHITECTURE.md, "Files"): dossier documents (akta, NIB, NPWP, Dewan Pers
 * certificate) and proofs of publication (bukti tayang).
 *
 * - `FileStorage.store(buffer, originalName)` checks the bytes (PDF, JPEG or PNG, whatever the name
 *   or declared type says; size and image pixel limits), then stores the content once under its
 *   sha256, on the local disk or in S3-compatible storage (STORAGE_DRIVER). Record the returned
 *   StoredFile in your feature's own table.
 * - `@FileUpload('file')` (or `@UseInterceptors(FileUploadInterceptor('file'))`) on a handler reads
 *   one multipart file into memory, `@UploadedDossierFile() file: Express.Multer.File` hands it
 *   over; multer's errors become the API's 413 FILE_TOO_LARGE / 400 VALIDATION_FAILED.
 * - `sendStoredFile(response, await storage.open(hash), name)` (handler with `@Res()`) streams a
 *   file as an attachment with Content-Type/-Length, an RFC 5987 name, nosniff and no caching.
 *
 * Authorization is the caller's job: this module serves any hash it is given. A feature decides
 * who may read the document a hash belongs to (tenant, company, role) before calling `open` or
 * `sendStoredFile`, and never takes a hash straight from the request without looking it up in its own rows.
 */
export { StorageModule } from './storage.module';
export { FileStorage } from './file-storage.service';
export { contentDisposition, sendStoredFile } from './http/send-stored-file';
export { acceptMultipartForUploads, FileUpload, FileUploadInterceptor, UploadedDossierFile } from './http/file-upload.interceptor';
export { ACCEPTED_CONTENT_TYPES, AcceptedContentType, OpenedFile, StoredFile, isContentHash } from './stored-file.type';
export { sanitizeOriginalName } from './content/original-name';
export { StorageDriver, STORAGE_DRIVER } from './drivers/storage-driver';
export { LocalDiskDriver } from './drivers/local-disk.driver';
export { S3Driver } from './drivers/s3.driver';
export { createStorageDriver } from './drivers/create-storage-driver';
