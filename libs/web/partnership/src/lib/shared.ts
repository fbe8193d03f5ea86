import { inject } from '@angular/core';
import type { ApplicationStatus, LocalizedText, OutletHistoryEntry, RuleOutcome } from '@sinergi/contracts';
import { PartnershipApi } from '@sinergi/web/api-client';
import { TranslateService, type TranslationKey } from '@sinergi/web/i18n';

/** The fiscal year today in Jakarta (WIB, UTC+7). */
export function currentFiscalYear(now: Date = new Date()): number {
  return new Date(now.getTime() + 7 * 3600_000).getUTCFullYear();
}

/** Today's date in Jakarta as YYYY-MM-DD. */
export function todayWib(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The years a staff screen offers: last year, this year, next year. */
export function fiscalYearOptions(now: Date = new Date()): number[] {
  const year = currentFiscalYear(now);
  return [year + 1, year, year - 1];
}

export function positiveIntOr(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

export function statusKey(status: ApplicationStatus): TranslationKey {
  return `partnership.status.${status}`;
}

/** `localized(text)` in the UI language (reads the language signal, so templates follow the switch). */
export function injectLocalized(): (text: LocalizedText | null | undefined) => string {
  const i18n = inject(TranslateService);
  return (text) => (text ? text[i18n.lang()] : '');
}

/** Downloads a file the API serves behind the session's token. */
export function injectDownload(): (url: string, name: string) => Promise<void> {
  const api = inject(PartnershipApi);
  return (url, name) =>
    new Promise<void>((resolve, reject) => {
      api.file(url).subscribe({
        next: (blob) => {
          const href = URL.createObjectURL(blob);
          const link = document.createElement('a');
          link.href = href;
          link.download = name;
          document.body.appendChild(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(href), 10_000);
          resolve();
        },
        error: reject,
      });
    });
}

export function levelKey(level: 'company' | 'outlet'): TranslationKey {
  return `partnership.level.${level}`;
}

export function outcomeKey(outcome: RuleOutcome): TranslationKey {
  return `partnership.outcome.${outcome}`;
}

export function historyKey(kind: OutletHistoryEntry['kind']): TranslationKey {
  return `partnership.history.${kind}`;
}
