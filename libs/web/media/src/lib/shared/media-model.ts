import {
  DOSSIER_DOCUMENT_LABELS,
  FACT_FIELDS,
  type DewanPersStatus,
  type DossierDocument,
  type DossierDocumentType,
  type LocalizedText,
  type MediaPartnershipSummary,
  type MediaType,
  type OutletPreview,
  type MediaTenantView,
} from '@sinergi/contracts';
import type { Lang, TranslationKey } from '@sinergi/web/i18n';

/** Documents expiring within this many days are highlighted. */
export const EXPIRY_WARNING_DAYS = 30;

export type ExpiryState = 'none' | 'ok' | 'soon' | 'expired';

/** `expiresInDays` (null: never expires) as what the list highlights. */
export function expiryState(expiresInDays: number | null): ExpiryState {
  if (expiresInDays === null) return 'none';
  if (expiresInDays < 0) return 'expired';
  if (expiresInDays <= EXPIRY_WARNING_DAYS) return 'soon';
  return 'ok';
}

export function localized(text: LocalizedText, lang: Lang): string {
  return lang === 'en' ? text.en : text.id;
}

export function documentTypeLabel(type: DossierDocumentType, lang: Lang): string {
  return localized(DOSSIER_DOCUMENT_LABELS[type], lang);
}

export function mediaTypeLabel(type: MediaType, lang: Lang): string {
  const label = FACT_FIELDS['outlet.mediaType'].valueLabels[type];
  const text = localized(label, lang);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function dewanPersLabel(status: DewanPersStatus, lang: Lang): string {
  const text = localized(FACT_FIELDS['company.dewanPersStatus'].valueLabels[status], lang);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The outlet fields that mean something for a media type (the form shows only these). */
export type OutletField = 'url' | 'monthlyVisitors' | 'circulation' | 'broadcastLicenceNumber' | 'socialPlatform' | 'location';

const OUTLET_FIELDS: Readonly<Record<MediaType, readonly OutletField[]>> = {
  online: ['url', 'monthlyVisitors'],
  'print-daily': ['circulation'],
  'print-weekly': ['circulation'],
  'print-monthly': ['circulation'],
  tv: ['broadcastLicenceNumber', 'url'],
  radio: ['broadcastLicenceNumber', 'url'],
  'social-media': ['socialPlatform', 'url'],
  videotron: ['location'],
};

export function outletFields(type: MediaType): readonly OutletField[] {
  return OUTLET_FIELDS[type];
}

/** Why an outlet cannot apply, as a dictionary key (null when it can). */
export function applyBlocker(view: Pick<MediaTenantView, 'registrationOpen'>, outlet: OutletPreview): TranslationKey | null {
  if (outlet.canApply) return null;
  if (!view.registrationOpen) return 'media.regions.reason.closed';
  if (outlet.requirements.some((r) => r.outcome === 'missing' || r.outcome === 'expired')) return 'media.regions.reason.documents';
  if (!outlet.evaluation.eligible) return 'media.regions.reason.ineligible';
  return 'media.regions.reason.other';
}

/** Slugs from the company's partnerships, the remembered ones and the demo list, each once, in that order. */
export function tenantChoices(partnerships: readonly MediaPartnershipSummary[], remembered: readonly string[], known: readonly string[]): string[] {
  return [...new Set([...partnerships.map((p) => p.tenant.slug), ...remembered, ...known])];
}

/** A tenant slug as the API accepts it (lower-case letters, digits and dashes). */
export function normaliseSlug(value: string): string {
  return value.trim().toLowerCase().replace(/\s+/g, '-');
}

export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/** The newest document first, then by type label. */
export function sortDocuments(documents: readonly DossierDocument[]): DossierDocument[] {
  return [...documents].sort((a, b) => {
    const urgency = (d: DossierDocument) => (d.expiresInDays === null ? Number.MAX_SAFE_INTEGER : d.expiresInDays);
    return urgency(a) - urgency(b) || a.documentType.localeCompare(b.documentType);
  });
}

/** `a, b , c` → `['a', 'b', 'c']`. */
export function splitList(value: string): string[] {
  return value
    .split(/[,\s]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Blank form values go to the API as null. */
export function orNull(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

export function intOrNull(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'number' ? value : Number(String(value).replace(/[.\s]/g, ''));
  return Number.isFinite(number) ? Math.trunc(number) : null;
}

/** The fiscal years a media user picks from: this year and next (the registration of next year opens in December). */
export function fiscalYears(today: Date = new Date()): number[] {
  const year = today.getFullYear();
  return [year, year + 1, year - 1];
}

/** Today's date (YYYY-MM-DD) in WIB, the calendar the API's deadlines and date checks use. */
export function todayInJakarta(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
