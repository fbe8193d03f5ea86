import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { contentTypeFromMagic, MAGIC_LENGTH } from '../content/magic';
import { OpenedFile } from '../stored-file.type';
import { StorageDriver } from './storage-driver';

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';

/**
 * Files on the local disk at `<root>/ab/cd/<hash>` (two levels keep directories small). A write
 * goes to a temporary file beside the target, is flushed, then renamed into place: a reader sees
 * the whole file or none, and a crash leaves at most a `.tmp` file, never a partial file under a hash.
 */
export class LocalDiskDriver implements StorageDriver {
  readonly kind = 'local';

  constructor(private readonly root: string) {}

  pathOf(hash: string): string {
    return join(this.root, hash.slice(0, 2), hash.slice(2, 4), hash);
  }

  async exists(hash: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(hash))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async put(hash: string, content: Buffer): Promise<void> {
    if (await this.exists(hash)) return;
    const target = this.pathOf(hash);
    const directory = join(this.root, hash.slice(0, 2), hash.slice(2, 4));
    await mkdir(directory, { recursive: true });
    const temporary = join(directory, `.${hash}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await open(temporary, 'wx', 0o640);
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
      // Two uploads of the same content may race here: both renames put the same bytes in place.
      await rename(temporary, target);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  }

  async open(hash: string): Promise<OpenedFile | null> {
    let handle;
    try {
      handle = await open(this.pathOf(hash), 'r');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      const { size } = await handle.stat();
      const head = Buffer.alloc(MAGIC_LENGTH);
      await handle.read(head, 0, MAGIC_LENGTH, 0);
      const contentType = contentTypeFromMagic(head);
      if (!contentType) throw new Error(`stored file ${hash} is neither PDF, JPEG nor PNG`);
      // The stream owns the handle from here and closes it when done or destroyed.
      return { stream: handle.createReadStream({ start: 0 }), size, contentType };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    // Nothing held open between calls.
  }
}
