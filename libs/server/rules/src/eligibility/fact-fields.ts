import { FACT_FIELDS, FactFieldDefinition } from '@sinergi/contracts';

const DEFINITIONS: ReadonlyMap<string, FactFieldDefinition> = new Map(Object.entries(FACT_FIELDS));

// Ordinal values by rank, computed once: atLeast/atMost compare ranks, not strings.
const RANKS: ReadonlyMap<string, ReadonlyMap<unknown, number>> = new Map(
  [...DEFINITIONS].filter(([, d]) => d.type === 'ordinal').map(([field, d]) => [field, new Map((d.values ?? []).map((v, i) => [v, i]))]),
);

export function factField(field: string): FactFieldDefinition | undefined {
  return DEFINITIONS.get(field);
}

/** A stand-in description for a field the catalogue does not know (only reachable with unvalidated rules). */
export function factFieldOrUnknown(field: string): FactFieldDefinition {
  return (
    DEFINITIONS.get(field) ?? {
      type: 'enum',
      label: { id: field, en: field },
      requirement: { id: `${field} harus`, en: `${field} must be` },
    }
  );
}

export function ordinalRank(field: string, value: unknown): number | undefined {
  return RANKS.get(field)?.get(value);
}
