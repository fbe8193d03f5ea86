import {
  type Condition,
  type DocumentRequirement,
  type EligibilityRule,
  type ErrorDetail,
  FACT_FIELDS,
  type FactField,
  type FactFieldDefinition,
  type LocalizedText,
  OPERATORS_BY_FACT_TYPE,
  type PartnershipCalendar,
  type RuleOperator,
  SCHEDULE_STEPS,
  type SchedulePattern,
  type ScoringCriterion,
  type TierDefinition,
} from '@sinergi/contracts';

/** What an operator's value looks like in the editor. */
export type ValueKind = 'none' | 'one-of' | 'many-of' | 'number' | 'range' | 'text' | 'texts';

const NO_VALUE: readonly RuleOperator[] = ['isTrue', 'isFalse', 'present', 'absent'];

export function definitionOf(field: FactField): FactFieldDefinition | undefined {
  return (FACT_FIELDS as Readonly<Record<string, FactFieldDefinition>>)[field];
}

/** The operators that make sense for a field (the same list the server validates with). */
export function operatorsFor(field: FactField): readonly RuleOperator[] {
  const definition = definitionOf(field);
  return definition ? OPERATORS_BY_FACT_TYPE[definition.type] : [];
}

export function valueKind(field: FactField, operator: RuleOperator): ValueKind {
  const type = definitionOf(field)?.type;
  if (!type || NO_VALUE.includes(operator)) return 'none';
  switch (operator) {
    case 'in':
    case 'notIn':
      return 'many-of';
    case 'between':
      return 'range';
    case 'contains':
      return 'text';
    case 'containsAny':
      return 'texts';
    case 'atLeast':
    case 'atMost':
      return 'one-of';
    case 'eq':
    case 'neq':
      return type === 'number' ? 'number' : 'one-of';
    default:
      return 'number';
  }
}

/** The values a field may take (enum and ordinal fields), weakest first for ordinals. */
export function valuesOf(field: FactField): readonly string[] {
  return definitionOf(field)?.values ?? [];
}

/** A sensible value for a new or changed condition: valid wherever one can be guessed. */
export function defaultValue(field: FactField, operator: RuleOperator): unknown {
  const values = valuesOf(field);
  switch (valueKind(field, operator)) {
    case 'none':
      return undefined;
    case 'one-of':
      return values[0];
    case 'many-of':
      return values.slice(0, 1);
    case 'number':
      return 0;
    case 'range':
      return [0, 0];
    case 'text':
      return '';
    case 'texts':
      return [];
  }
}

/** The condition with another field: the operator stays if still allowed, the value is reset. */
export function withField<C extends Condition>(condition: C, field: FactField): C {
  const allowed = operatorsFor(field);
  const operator = allowed.includes(condition.operator) ? condition.operator : (allowed[0] ?? 'present');
  return withValue({ ...condition, field, operator }, defaultValue(field, operator));
}

/** The condition with another operator: the value stays when it has the same shape, else reset. */
export function withOperator<C extends Condition>(condition: C, operator: RuleOperator): C {
  const same = valueKind(condition.field, condition.operator) === valueKind(condition.field, operator);
  return withValue({ ...condition, operator }, same ? condition.value : defaultValue(condition.field, operator));
}

function withValue<C extends Condition>(condition: C, value: unknown): C {
  const next = { ...condition };
  if (value === undefined) delete next.value;
  else next.value = value;
  return next;
}

/** Comma-separated text ⇄ a list of strings (KBLI codes). */
export function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/**
 * The problems of a 422 RULE_SET_INVALID that name `path` or something inside it
 * (`content.eligibility.rules[3]` holds `content.eligibility.rules[3].value`).
 */
export function problemsAt(problems: readonly ErrorDetail[], path: string): ErrorDetail[] {
  return problems.filter((problem) => {
    const field = problem.field ?? '';
    return field === path || field.startsWith(`${path}.`) || field.startsWith(`${path}[`);
  });
}

/** The problems no shown part of the editor names (shown at the top). */
export function unplacedProblems(problems: readonly ErrorDetail[], placed: readonly string[]): ErrorDetail[] {
  return problems.filter((problem) => !placed.some((path) => problemsAt([problem], path).length > 0));
}

/** The fiscal year's dates from the month-day pattern, as the server derives them. */
export function calendarFor(pattern: SchedulePattern, fiscalYear: number): PartnershipCalendar {
  return Object.fromEntries(SCHEDULE_STEPS.map((step) => [step, `${fiscalYear}-${pattern[step]}`])) as PartnershipCalendar;
}

/** An id not yet used in the list (`rule-1`, `rule-2`, …). */
export function freshId(prefix: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

const FIRST_FIELD: FactField = 'company.hasNpwp';

export function newRule(taken: readonly string[]): EligibilityRule {
  return { id: freshId('rule', taken), field: FIRST_FIELD, operator: 'isTrue' };
}

export function newCriterion(taken: readonly string[]): ScoringCriterion {
  const id = freshId('score', taken);
  return { id, label: { id, en: id }, condition: { field: FIRST_FIELD, operator: 'isTrue' }, points: 10 };
}

export function newTier(taken: readonly string[]): TierDefinition {
  const code = freshId('T', taken);
  return { code, label: { id: code, en: code }, conditions: [] };
}

export function newCondition(): Condition {
  return { field: FIRST_FIELD, operator: 'isTrue' };
}

export function newRequirement(): DocumentRequirement {
  return { documentType: 'other', mediaTypes: 'all', level: 'company', required: true, mustBeUnexpired: false };
}

/** How a condition's value reads to people, in the UI language. */
export function describeValue(field: FactField, value: unknown, lang: 'id' | 'en'): string {
  const labels = definitionOf(field)?.valueLabels as Readonly<Record<string, LocalizedText>> | undefined;
  const one = (item: unknown): string => {
    const key = String(item);
    return labels?.[key]?.[lang] ?? key;
  };
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(one).join(', ');
  return one(value);
}

/** A comparison or history value as text (lists joined, objects as JSON, nothing as a dash). */
export function plainValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map((item) => plainValue(item)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
