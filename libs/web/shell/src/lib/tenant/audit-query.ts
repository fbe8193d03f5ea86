import type { AuditQuery } from '@sinergi/contracts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-01-31` → that local day's start (or end) as an ISO instant; anything else → undefined. */
export function dayBoundary(value: string | undefined, edge: 'start' | 'end'): string | undefined {
  const match = value ? DATE.exec(value.trim()) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const date =
    edge === 'start' ? new Date(year, month, day, 0, 0, 0, 0) : new Date(year, month, day, 23, 59, 59, 999);
  if (date.getFullYear() !== year || date.getMonth() !== month || date.getDate() !== day) return undefined;
  return date.toISOString();
}

export type AuditFilter = { action?: string; from?: string; to?: string; page: number; pageSize: number };

/** The URL's filter (dates as `yyyy-mm-dd`, whole days in the user's time zone) → the API query. */
export function toAuditQuery(filter: AuditFilter): AuditQuery {
  const action = filter.action?.trim();
  return {
    action: action || undefined,
    from: dayBoundary(filter.from, 'start'),
    to: dayBoundary(filter.to, 'end'),
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

/** Details of an entry on one line: `{"roles":["admin"]}`; empty details show as nothing. */
export function compactDetails(details: Readonly<Record<string, unknown>> | null | undefined, max = 160): string {
  if (!details || Object.keys(details).length === 0) return '';
  let text: string;
  try {
    text = JSON.stringify(details);
  } catch {
    return '';
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** `?page=3` → 3; anything else → `fallback`. */
export function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}
