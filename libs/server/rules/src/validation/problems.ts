import { LocalizedText, MEDIA_TYPES } from '@sinergi/contracts';

/** One thing wrong with a configuration: where (a JSON path) and what, in English. */
export type RulesContentProblem = { field: string; message: string };

export type Problems = RulesContentProblem[];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** Flags properties nobody reads: a typo ("opertor") must not silently disable a rule. */
export function checkKnownKeys(value: Record<string, unknown>, allowed: readonly string[], path: string, problems: Problems): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problems.push({ field: `${path}.${key}`, message: `unknown property "${key}"; expected ${allowed.join(', ')}` });
  }
}

export function checkNonEmptyString(value: unknown, path: string, what: string, problems: Problems): value is string {
  if (typeof value === 'string' && value.trim() !== '') return true;
  problems.push({ field: path, message: `${what} must be a non-empty string` });
  return false;
}

export function checkLabel(value: unknown, path: string, required: boolean, problems: Problems): value is LocalizedText {
  if (value === undefined && !required) return false;
  if (!isRecord(value)) {
    problems.push({ field: path, message: 'label must be an object with "id" (Bahasa Indonesia) and "en" (English) texts' });
    return false;
  }
  checkKnownKeys(value, ['id', 'en'], path, problems);
  const id = checkNonEmptyString(value['id'], `${path}.id`, 'the Indonesian label', problems);
  const en = checkNonEmptyString(value['en'], `${path}.en`, 'the English label', problems);
  return id && en;
}

export function checkMediaTypes(value: unknown, path: string, problems: Problems): void {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push({ field: path, message: 'must be a non-empty list of media types (leave it out to apply to every media type)' });
    return;
  }
  value.forEach((item, i) => {
    if (!(MEDIA_TYPES as readonly unknown[]).includes(item)) {
      problems.push({ field: `${path}[${i}]`, message: `unknown media type ${quote(item)}; expected one of ${MEDIA_TYPES.join(', ')}` });
    }
  });
}

export function checkFiniteNumber(value: unknown, path: string, what: string, problems: Problems): value is number {
  if (typeof value === 'number' && Number.isFinite(value)) return true;
  problems.push({ field: path, message: `${what} must be a number, got ${quote(value)}` });
  return false;
}
