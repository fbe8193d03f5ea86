import type { ProofFieldType, ProofForm } from '@sinergi/contracts';
import type { Lang, TranslationKey } from '@sinergi/web/i18n';

/** A field of the order's proof form, labelled in the UI's language. */
export type ProofInput = { key: string; label: string; type: ProofFieldType; required: boolean };

/** What is wrong with a value, as a dictionary key and its parameters. */
export type ProofProblem = { key: TranslationKey; params?: Record<string, string> };

/** The inputs of the proof form the API sends with the order (`proofForm`), in its order. */
export function proofInputs(form: ProofForm | null, lang: Lang): ProofInput[] {
  return (form?.fields ?? []).map((field) => ({ key: field.key, label: field.label[lang] || field.label.id, type: field.type, required: field.required }));
}

/**
 * The API's rules for one value (checkProofFields in libs/server/publication), so the form says what
 * is wrong while the user types: required, http(s) URLs, dates written YYYY-MM-DD not after today,
 * numbers 0 or more. A file field holds the hash the upload answered.
 */
export function proofFieldProblem(input: ProofInput, raw: string | undefined, today: string): ProofProblem | null {
  const value = (raw ?? '').trim();
  if (!value) return input.required ? { key: input.type === 'file' ? 'mediaOrders.proof.fileRequired' : 'mediaOrders.proof.required', params: { field: input.label } } : null;
  switch (input.type) {
    case 'url':
      return isWebUrl(value) ? null : { key: 'mediaOrders.proof.badUrl' };
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && value <= today ? null : { key: 'mediaOrders.proof.badDate' };
    case 'number':
      return /^\d+(\.\d+)?$/.test(value) && Number(value) <= 1e12 ? null : { key: 'mediaOrders.proof.badNumber' };
    default:
      return null;
  }
}

/** The values to send: trimmed, empty ones left out (the server names what is still missing). */
export function proofValues(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).flatMap(([key, value]) => (value.trim() ? [[key, value.trim()]] : [])));
}

function isWebUrl(value: string): boolean {
  if (value.length > 2048 || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}
