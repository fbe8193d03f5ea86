import { formatCurrency, formatDate, formatNumber, registerLocaleData } from '@angular/common';
import localeId from '@angular/common/locales/id';
import { LOCALE_BY_LANG, type Lang } from './lang';

export type DateStyle = 'date' | 'dateTime';

const DATE_FORMATS: Readonly<Record<DateStyle, string>> = {
  date: 'd MMM y',
  dateTime: 'd MMM y, HH.mm',
};

/** Registers the CLDR data Angular needs to format for `id` (English ships with Angular). */
export function registerSinergiLocales(): void {
  registerLocaleData(localeId, 'id');
}

/** Whole rupiah: `Rp1.200.000` in Bahasa Indonesia, `Rp1,200,000` in English. */
export function formatRupiah(amount: number, lang: Lang): string {
  return formatCurrency(amount, LOCALE_BY_LANG[lang], 'Rp', 'IDR', '1.0-0');
}

export function formatLocalNumber(value: number, lang: Lang): string {
  return formatNumber(value, LOCALE_BY_LANG[lang], '1.0-0');
}

/** `12 Jan 2026` / `12 Jan 2026, 14.30`, in the user's time zone. */
export function formatLocalDate(value: string | number | Date, lang: Lang, style: DateStyle = 'date'): string {
  const format = lang === 'id' ? DATE_FORMATS[style] : DATE_FORMATS[style].replace('HH.mm', 'HH:mm');
  return formatDate(value, format, LOCALE_BY_LANG[lang]);
}
