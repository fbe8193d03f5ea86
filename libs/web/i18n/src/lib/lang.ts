export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'id';

/** The Angular/Intl locale used to format numbers, money and dates for each language. */
export const LOCALE_BY_LANG: Readonly<Record<Lang, string>> = { id: 'id', en: 'en-US' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}
