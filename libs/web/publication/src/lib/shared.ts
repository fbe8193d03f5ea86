import type { ClaimStatus, MediaType, OrderStatus, ProofStatus } from '@sinergi/contracts';
import type { TranslationKey } from '@sinergi/web/i18n';

/** The fiscal year today in Jakarta (WIB, UTC+7). */
export function currentFiscalYear(now: Date = new Date()): number {
  return new Date(now.getTime() + 7 * 3600_000).getUTCFullYear();
}

/** Today's date in Jakarta as YYYY-MM-DD. */
export function todayWib(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Next year, this year, last year. */
export function fiscalYearOptions(now: Date = new Date()): number[] {
  const year = currentFiscalYear(now);
  return [year + 1, year, year - 1];
}

export function mediaTypeKey(type: MediaType): TranslationKey {
  return `orders.mediaType.${type}`;
}

export function orderStatusKey(status: OrderStatus): TranslationKey {
  return `orders.status.${status}`;
}

export function proofStatusKey(status: ProofStatus): TranslationKey {
  return `orders.proofStatus.${status}`;
}

export function claimStatusKey(status: ClaimStatus): TranslationKey {
  return `billing.claimStatus.${status}`;
}

/** Hands a downloaded file to the browser as a download. */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** A whole rupiah amount typed by a user ("1.200.000", "1200000", "Rp 1.200.000") → the number, or null. */
export function parseRupiah(text: string | number | null | undefined): number | null {
  if (typeof text === 'number') return Number.isSafeInteger(text) && text >= 0 ? text : null;
  const digits = (text ?? '').replace(/^\s*rp\s*/i, '').replace(/[.\s]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  const value = Number(digits);
  return Number.isSafeInteger(value) ? value : null;
}

/** Error details keyed by their field ("fields.url", "steps[1].role"), each field's messages joined. */
export function problemsByField(details: readonly { field?: string; message: string }[]): Map<string, string> {
  const byField = new Map<string, string>();
  for (const detail of details) {
    const field = detail.field ?? '';
    byField.set(field, byField.has(field) ? `${byField.get(field)}; ${detail.message}` : detail.message);
  }
  return byField;
}

/** The statuses in which the media still owe the proof of an order. */
export const PROOF_OWED: readonly OrderStatus[] = ['accepted', 'proof-returned'];
