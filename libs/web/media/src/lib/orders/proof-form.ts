import type { ErrorDetail, Proof } from '@sinergi/contracts';

/** A key no proof form has (keys are letters and digits): a submission carrying it is always refused. */
export const PROBE_FIELD = '__form__';

/** A field of the proof form as the portal knows it. */
export type ProofInput = { key: string; label: string; hint: string | null };

/**
 * The media API does not publish the proof form of an order (only the staff settings carry it), so
 * the portal learns the fields from what the server asks for: the problems of an empty submission
 * (`fields.<key>`: "<Label> is required"; a submission with an unknown key is refused before anything is stored) and the fields of an earlier, returned proof.
 */
export function proofInputs(details: readonly ErrorDetail[], earlier: Proof | null): ProofInput[] {
  const inputs = new Map<string, ProofInput>();
  for (const key of Object.keys(earlier?.fields ?? {})) inputs.set(key, { key, label: key, hint: null });
  for (const detail of details) {
    const match = /^fields\.(.+)$/.exec(detail.field ?? '');
    if (!match || match[1] === PROBE_FIELD) continue;
    const key = match[1]!;
    const required = /^(.*) is required$/.exec(detail.message);
    inputs.set(key, { key, label: required ? required[1]! : (inputs.get(key)?.label ?? key), hint: required ? null : detail.message });
  }
  return [...inputs.values()];
}

/** The values to send: trimmed, empty ones left out (the server names what is still missing). */
export function proofValues(values: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).flatMap(([key, value]) => (value.trim() ? [[key, value.trim()]] : [])));
}
