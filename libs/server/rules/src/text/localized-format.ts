import { LocalizedText } from '@sinergi/contracts';

export type Language = keyof LocalizedText;

/** 12345.5 → "12.345,5" (id) / "12,345.5" (en); done by hand so it costs nothing and needs no ICU. */
export function formatNumber(value: number, language: Language): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const [whole, fraction] = Math.abs(value).toString().split('.') as [string, string | undefined];
  const [group, decimal] = language === 'id' ? ['.', ','] : [',', '.'];
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += group;
    grouped += whole[i];
  }
  return `${negative ? '-' : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

/** ["PT", "yayasan", "koperasi"] → "PT, yayasan atau koperasi". */
export function joinList(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export function localized(id: string, en: string): LocalizedText {
  return { id, en };
}
