import { ErrorCode, ErrorDetail } from '@sinergi/contracts';
import { ERROR_CATALOG } from './error-catalog';

export type LocalizedMessage = { en: string; id: string };

/**
 * A detail said in both languages: `message` holds the English, and the response carries the
 * text in the request's language instead (see `AppException.detailsIn`).
 */
export function localizedDetail(field: string | undefined, message: LocalizedMessage): ErrorDetail {
  return { ...(field === undefined ? {} : { field }), message: message.en, localized: message };
}

function isLocalizedMessage(value: unknown): value is LocalizedMessage {
  const candidate = value as Partial<LocalizedMessage> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.en === 'string' && typeof candidate.id === 'string';
}

/**
 * The one exception class of the backend: a code from the closed list, an optional message
 * in both languages (else the catalogue's) and details. The filter renders it.
 */
export class AppException extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly localized?: LocalizedMessage,
    readonly details: ErrorDetail[] = [],
  ) {
    super(localized?.en ?? ERROR_CATALOG[code].en);
    this.status = ERROR_CATALOG[code].status;
  }

  messageIn(language: 'en' | 'id'): string {
    return this.localized?.[language] ?? ERROR_CATALOG[this.code][language];
  }

  /** The details as the caller reads them: each `localizedDetail` in `language`, the rest as given. */
  detailsIn(language: 'en' | 'id'): ErrorDetail[] {
    return this.details.map((detail) => {
      const { localized, ...rest } = detail;
      return isLocalizedMessage(localized) ? { ...rest, message: localized[language] } : detail;
    });
  }
}
