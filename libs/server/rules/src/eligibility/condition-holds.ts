import { Condition } from '@sinergi/contracts';
import { ordinalRank } from './fact-fields';

/**
 * Whether one fact satisfies one condition. An unknown fact (null) satisfies only `absent`: a
 * requirement the dossier does not show is not met. Malformed values (unvalidated configuration)
 * make the condition fail rather than throw.
 */
export function conditionHolds(condition: Condition, actual: unknown): boolean {
  const { operator, value } = condition;
  if (actual === null || actual === undefined) return operator === 'absent';
  switch (operator) {
    case 'present':
      return true;
    case 'absent':
      return false;
    case 'eq':
      return actual === value;
    case 'neq':
      return actual !== value;
    case 'in':
      return Array.isArray(value) && value.includes(actual);
    case 'notIn':
      return Array.isArray(value) && !value.includes(actual);
    case 'gte':
      return typeof actual === 'number' && typeof value === 'number' && actual >= value;
    case 'gt':
      return typeof actual === 'number' && typeof value === 'number' && actual > value;
    case 'lte':
      return typeof actual === 'number' && typeof value === 'number' && actual <= value;
    case 'lt':
      return typeof actual === 'number' && typeof value === 'number' && actual < value;
    case 'between':
      return (
        typeof actual === 'number' &&
        Array.isArray(value) &&
        typeof value[0] === 'number' &&
        typeof value[1] === 'number' &&
        actual >= value[0] &&
        actual <= value[1]
      );
    case 'atLeast':
    case 'atMost': {
      const have = ordinalRank(condition.field, actual);
      const need = ordinalRank(condition.field, value);
      if (have === undefined || need === undefined) return false;
      return operator === 'atLeast' ? have >= need : have <= need;
    }
    case 'isTrue':
      return actual === true;
    case 'isFalse':
      return actual === false;
    case 'contains':
      return Array.isArray(actual) && actual.includes(value);
    case 'containsAny':
      return Array.isArray(actual) && Array.isArray(value) && value.some((v) => actual.includes(v));
    default:
      return false;
  }
}
