import type { ProofForm } from '@sinergi/contracts';
import { isIsoDate } from '../orders/deadline';

export type ProofProblem = { field: string; message: string };
export type CheckedProof = { fields: Record<string, string | number>; publishedOn: string | null; urls: { field: string; url: string }[] };

const MAX_TEXT = 2000;
const MAX_URL = 2048;

/** An absolute http(s) URL with a host, as a reader would open it. */
export function isWebUrl(value: string): boolean {
  if (value.length > MAX_URL || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

/**
 * Checks submitted proof fields against the media type's form: every required field present, each
 * of its type (numbers, real dates not after today, http(s) URLs, files uploaded for this order),
 * no field the form does not know. Returns the cleaned fields, the publication date (the form's
 * first date field) and the URLs to check, or every problem at once.
 */
export function checkProofFields(
  form: ProofForm,
  input: Record<string, unknown>,
  context: { today: string; uploadedHashes: ReadonlySet<string> },
): CheckedProof | { problems: ProofProblem[] } {
  const problems: ProofProblem[] = [];
  const fields: Record<string, string | number> = {};
  const urls: { field: string; url: string }[] = [];
  const known = new Set(form.fields.map((f) => f.key));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) problems.push({ field: `fields.${key}`, message: `the ${form.mediaType} proof form has no field ${key}` });
  }
  let publishedOn: string | null = null;
  for (const field of form.fields) {
    const at = `fields.${field.key}`;
    const raw = input[field.key];
    const empty = raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');
    if (empty) {
      if (field.required) problems.push({ field: at, message: `${field.label.en} is required` });
      continue;
    }
    switch (field.type) {
      case 'text':
        if (typeof raw !== 'string' || raw.length > MAX_TEXT) problems.push({ field: at, message: `a text of at most ${MAX_TEXT} characters` });
        else fields[field.key] = raw.trim();
        break;
      case 'number': {
        const value = typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : raw;
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1e12) problems.push({ field: at, message: 'a number, 0 or more' });
        else fields[field.key] = value;
        break;
      }
      case 'date':
        if (!isIsoDate(raw)) problems.push({ field: at, message: 'a date written YYYY-MM-DD' });
        else if (raw > context.today) problems.push({ field: at, message: `a date not after today (${context.today})` });
        else {
          fields[field.key] = raw;
          publishedOn ??= raw;
        }
        break;
      case 'url':
        if (typeof raw !== 'string' || !isWebUrl(raw.trim())) problems.push({ field: at, message: 'an http or https address' });
        else {
          fields[field.key] = raw.trim();
          urls.push({ field: field.key, url: raw.trim() });
        }
        break;
      case 'file':
        if (typeof raw !== 'string' || !/^[0-9a-f]{64}$/.test(raw)) problems.push({ field: at, message: 'the hash returned when the file was uploaded' });
        else if (!context.uploadedHashes.has(raw)) problems.push({ field: at, message: 'no such file uploaded for this order: upload it to proof-files first' });
        else fields[field.key] = raw;
        break;
    }
  }
  return problems.length ? { problems } : { fields, publishedOn, urls };
}
