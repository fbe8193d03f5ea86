import { FactFieldDefinition, OPERATORS_BY_FACT_TYPE, RULE_OPERATORS, RuleOperator } from '@sinergi/contracts';
import { factField } from '../eligibility/fact-fields';
import { checkFiniteNumber, isRecord, Problems, quote, report } from './problems';

export const CONDITION_KEYS = ['field', 'operator', 'value'] as const;

const NO_VALUE: readonly RuleOperator[] = ['isTrue', 'isFalse', 'present', 'absent'];
const THE_VALUE = { en: 'the value', id: 'nilai' };

function checkEnumValue(definition: FactFieldDefinition, field: string, value: unknown, path: string, problems: Problems): void {
  const values = definition.values ?? [];
  if (!values.includes(value as string)) {
    report(
      problems,
      path,
      `${quote(value)} is not a value of ${field}; expected one of ${values.join(', ')}`,
      `${quote(value)} bukan nilai ${field}; pilihan: ${values.join(', ')}`,
    );
  }
}

function checkList(value: unknown, path: string, problems: Problems, each: (item: unknown, itemPath: string) => void): void {
  if (!Array.isArray(value) || value.length === 0) {
    report(problems, path, `must be a non-empty list, got ${quote(value)}`, `harus berupa daftar yang tidak kosong, bukan ${quote(value)}`);
    return;
  }
  value.forEach((item, i) => each(item, `${path}[${i}]`));
}

function checkString(value: unknown, path: string, problems: Problems): void {
  if (typeof value !== 'string' || value.trim() === '') {
    report(problems, path, `must be a non-empty string, got ${quote(value)}`, `harus berupa teks yang tidak kosong, bukan ${quote(value)}`);
  }
}

function checkBetween(value: unknown, path: string, problems: Problems): void {
  const pair = Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!pair) {
    report(
      problems,
      path,
      `"between" needs [min, max] as two numbers, got ${quote(value)}`,
      `"between" memerlukan [min, max] berupa dua angka, bukan ${quote(value)}`,
    );
  } else if (value[0] > value[1]) {
    report(problems, path, `"between" needs min ≤ max, got [${value[0]}, ${value[1]}]`, `"between" memerlukan min ≤ max, bukan [${value[0]}, ${value[1]}]`);
  }
}

function checkValue(definition: FactFieldDefinition, field: string, operator: RuleOperator, value: unknown, path: string, problems: Problems): void {
  if (NO_VALUE.includes(operator)) {
    if (value !== undefined) report(problems, path, `operator "${operator}" takes no value`, `operator "${operator}" tidak memakai nilai`);
    return;
  }
  if (value === undefined) {
    report(problems, path, `operator "${operator}" needs a value`, `operator "${operator}" memerlukan nilai`);
    return;
  }
  switch (operator) {
    case 'eq':
    case 'neq':
      if (definition.type === 'number') checkFiniteNumber(value, path, THE_VALUE, problems);
      else checkEnumValue(definition, field, value, path, problems);
      return;
    case 'in':
    case 'notIn':
      checkList(value, path, problems, (item, itemPath) => checkEnumValue(definition, field, item, itemPath, problems));
      return;
    case 'gte':
    case 'gt':
    case 'lte':
    case 'lt':
      checkFiniteNumber(value, path, THE_VALUE, problems);
      return;
    case 'between':
      checkBetween(value, path, problems);
      return;
    case 'atLeast':
    case 'atMost':
      checkEnumValue(definition, field, value, path, problems);
      return;
    case 'contains':
      checkString(value, path, problems);
      return;
    case 'containsAny':
      checkList(value, path, problems, (item, itemPath) => checkString(item, itemPath, problems));
      return;
  }
}

/** Checks field, operator and value of one condition (extra keys are the caller's business). */
export function validateCondition(condition: unknown, path: string, problems: Problems): void {
  if (!isRecord(condition)) {
    report(problems, path, 'must be an object with field, operator and value', 'harus berupa objek berisi field, operator dan value');
    return;
  }
  const { field, operator, value } = condition;
  const definition = typeof field === 'string' ? factField(field) : undefined;
  if (!definition) report(problems, `${path}.field`, `unknown field ${quote(field)}`, `field ${quote(field)} tidak dikenal`);
  if (!(RULE_OPERATORS as readonly unknown[]).includes(operator)) {
    report(
      problems,
      `${path}.operator`,
      `unknown operator ${quote(operator)}; expected one of ${RULE_OPERATORS.join(', ')}`,
      `operator ${quote(operator)} tidak dikenal; pilihan: ${RULE_OPERATORS.join(', ')}`,
    );
    return;
  }
  if (!definition) return;
  const allowed = OPERATORS_BY_FACT_TYPE[definition.type];
  const op = operator as RuleOperator;
  if (!allowed.includes(op)) {
    report(
      problems,
      `${path}.operator`,
      `operator "${op}" is not allowed for ${String(field)} (${definition.type}); allowed: ${allowed.join(', ')}`,
      `operator "${op}" tidak diizinkan untuk ${String(field)} (${definition.type}); yang diizinkan: ${allowed.join(', ')}`,
    );
    return;
  }
  checkValue(definition, String(field), op, value, `${path}.value`, problems);
}
