import { FactFieldDefinition, OPERATORS_BY_FACT_TYPE, RULE_OPERATORS, RuleOperator } from '@sinergi/contracts';
import { factField } from '../eligibility/fact-fields';
import { checkFiniteNumber, isRecord, Problems, quote } from './problems';

export const CONDITION_KEYS = ['field', 'operator', 'value'] as const;

const NO_VALUE: readonly RuleOperator[] = ['isTrue', 'isFalse', 'present', 'absent'];

function checkEnumValue(definition: FactFieldDefinition, field: string, value: unknown, path: string, problems: Problems): void {
  const values = definition.values ?? [];
  if (!values.includes(value as string)) {
    problems.push({ field: path, message: `${quote(value)} is not a value of ${field}; expected one of ${values.join(', ')}` });
  }
}

function checkList(value: unknown, path: string, problems: Problems, each: (item: unknown, itemPath: string) => void): void {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push({ field: path, message: `must be a non-empty list, got ${quote(value)}` });
    return;
  }
  value.forEach((item, i) => each(item, `${path}[${i}]`));
}

function checkString(value: unknown, path: string, problems: Problems): void {
  if (typeof value !== 'string' || value.trim() === '') problems.push({ field: path, message: `must be a non-empty string, got ${quote(value)}` });
}

function checkValue(definition: FactFieldDefinition, field: string, operator: RuleOperator, value: unknown, path: string, problems: Problems): void {
  if (NO_VALUE.includes(operator)) {
    if (value !== undefined) problems.push({ field: path, message: `operator "${operator}" takes no value` });
    return;
  }
  if (value === undefined) {
    problems.push({ field: path, message: `operator "${operator}" needs a value` });
    return;
  }
  switch (operator) {
    case 'eq':
    case 'neq':
      if (definition.type === 'number') checkFiniteNumber(value, path, 'the value', problems);
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
      checkFiniteNumber(value, path, 'the value', problems);
      return;
    case 'between': {
      const pair = Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'number' && Number.isFinite(v));
      if (!pair) problems.push({ field: path, message: `"between" needs [min, max] as two numbers, got ${quote(value)}` });
      else if (value[0] > value[1]) problems.push({ field: path, message: `"between" needs min ≤ max, got [${value[0]}, ${value[1]}]` });
      return;
    }
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
    problems.push({ field: path, message: 'must be an object with field, operator and value' });
    return;
  }
  const { field, operator, value } = condition;
  const definition = typeof field === 'string' ? factField(field) : undefined;
  if (!definition) problems.push({ field: `${path}.field`, message: `unknown field ${quote(field)}` });
  if (!(RULE_OPERATORS as readonly unknown[]).includes(operator)) {
    problems.push({ field: `${path}.operator`, message: `unknown operator ${quote(operator)}; expected one of ${RULE_OPERATORS.join(', ')}` });
    return;
  }
  if (!definition) return;
  const allowed = OPERATORS_BY_FACT_TYPE[definition.type];
  const op = operator as RuleOperator;
  if (!allowed.includes(op)) {
    problems.push({
      field: `${path}.operator`,
      message: `operator "${op}" is not allowed for ${String(field)} (${definition.type}); allowed: ${allowed.join(', ')}`,
    });
    return;
  }
  checkValue(definition, String(field), op, value, `${path}.value`, problems);
}
