import { createHash, randomBytes } from 'node:crypto';

/** An opaque token for the holder and its sha256 for our tables (a leaked table leaks no token). */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
