import { ErrorCode, ErrorDetail } from '@sinergi/contracts';
import { ERROR_CATALOG } from './error-catalog';

export type LocalizedMessage = { en: string; id: string };

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
}
