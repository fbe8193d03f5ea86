import { createHash } from 'node:crypto';
import type { AuditEntryRow } from './audit-entry.entity';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level: the same details always hash the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Each entry's hash covers its content and the previous hash: change or remove one and the chain breaks. */
export function auditHash(entry: Omit<AuditEntryRow, 'id' | 'hash'>): string {
  return createHash('sha256')
    .update(
      canonicalJson([
        entry.prevHash,
        entry.occurredAt.toISOString(),
        entry.actorId,
        entry.actorName,
        entry.onBehalfOfId,
        entry.onBehalfOfName,
        entry.action,
        entry.subjectType,
        entry.subjectId,
        entry.details,
        entry.ip,
      ]),
    )
    .digest('hex');
}
