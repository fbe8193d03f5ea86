import { LocalizedText, MEDIA_TYPES } from '@sinergi/contracts';

/** One thing wrong with a configuration: where (a JSON path) and what, in one language. */
export type RulesContentProblem = { field: string; message: string };

/** The same, in both languages: the API answers in the language the request asks for. */
export type LocalizedRulesContentProblem = { field: string; message: LocalizedText };

export type Problems = LocalizedRulesContentProblem[];

/** Records a problem at `field`, said in English and in Bahasa Indonesia. */
export function report(problems: Problems, field: string, en: string, id: string): void {
  problems.push({ field, message: { en, id } });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** Flags properties nobody reads: a typo ("opertor") must not silently disable a rule. */
export function checkKnownKeys(value: Record<string, unknown>, allowed: readonly string[], path: string, problems: Problems): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      report(
        problems,
        `${path}.${key}`,
        `unknown property "${key}"; expected ${allowed.join(', ')}`,
        `properti "${key}" tidak dikenal; yang diharapkan: ${allowed.join(', ')}`,
      );
    }
  }
}

export function checkNonEmptyString(value: unknown, path: string, what: LocalizedText, problems: Problems): value is string {
  if (typeof value === 'string' && value.trim() !== '') return true;
  report(problems, path, `${what.en} must be a non-empty string`, `${what.id} harus berupa teks yang tidak kosong`);
  return false;
}

export function checkLabel(value: unknown, path: string, required: boolean, problems: Problems): value is LocalizedText {
  if (value === undefined && !required) return false;
  if (!isRecord(value)) {
    report(
      problems,
      path,
      'label must be an object with "id" (Bahasa Indonesia) and "en" (English) texts',
      'label harus berupa objek dengan teks "id" (Bahasa Indonesia) dan "en" (bahasa Inggris)',
    );
    return false;
  }
  checkKnownKeys(value, ['id', 'en'], path, problems);
  const id = checkNonEmptyString(value['id'], `${path}.id`, { en: 'the Indonesian label', id: 'label Bahasa Indonesia' }, problems);
  const en = checkNonEmptyString(value['en'], `${path}.en`, { en: 'the English label', id: 'label bahasa Inggris' }, problems);
  return id && en;
}

export function checkMediaTypes(value: unknown, path: string, problems: Problems): void {
  if (!Array.isArray(value) || value.length === 0) {
    report(
      problems,
      path,
      'must be a non-empty list of media types (leave it out to apply to every media type)',
      'harus berupa daftar jenis media yang tidak kosong (hapus bagian ini agar berlaku untuk semua jenis media)',
    );
    return;
  }
  value.forEach((item, i) => {
    if (!(MEDIA_TYPES as readonly unknown[]).includes(item)) {
      report(
        problems,
        `${path}[${i}]`,
        `unknown media type ${quote(item)}; expected one of ${MEDIA_TYPES.join(', ')}`,
        `jenis media ${quote(item)} tidak dikenal; pilihan: ${MEDIA_TYPES.join(', ')}`,
      );
    }
  });
}

export function checkFiniteNumber(value: unknown, path: string, what: LocalizedText, problems: Problems): value is number {
  if (typeof value === 'number' && Number.isFinite(value)) return true;
  report(problems, path, `${what.en} must be a number, got ${quote(value)}`, `${what.id} harus berupa angka, bukan ${quote(value)}`);
  return false;
}
