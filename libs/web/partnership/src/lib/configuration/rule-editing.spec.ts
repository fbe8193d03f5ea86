import { FACT_FIELD_NAMES, OPERATORS_BY_FACT_TYPE } from '@sinergi/contracts';
import {
  calendarFor,
  defaultValue,
  definitionOf,
  describeValue,
  operatorsFor,
  problemsAt,
  splitList,
  unplacedProblems,
  valueKind,
  withField,
  withOperator,
} from './rule-editing';

describe('rule editing', () => {
  it('offers only the operators of the field type', () => {
    expect(operatorsFor('company.pkp')).toEqual(OPERATORS_BY_FACT_TYPE.boolean);
    expect(operatorsFor('outlet.activeMonths')).toContain('between');
    expect(operatorsFor('pemred.ukwLevel')).toContain('atLeast');
    expect(operatorsFor('company.legalForm')).not.toContain('atLeast');
  });

  it('gives every field/operator pair a value of the right shape', () => {
    for (const field of FACT_FIELD_NAMES) {
      for (const operator of operatorsFor(field)) {
        const value = defaultValue(field, operator);
        const kind = valueKind(field, operator);
        if (kind === 'none') expect(value).toBeUndefined();
        if (kind === 'number') expect(typeof value).toBe('number');
        if (kind === 'one-of') expect(definitionOf(field)?.values).toContain(value);
        if (kind === 'many-of') expect(Array.isArray(value) && value.length > 0).toBe(true);
      }
    }
  });

  it('keeps the operator when the new field allows it and resets the value', () => {
    const rule = { id: 'r', field: 'outlet.activeMonths' as const, operator: 'gte' as const, value: 24 };
    expect(withField(rule, 'outlet.circulation')).toEqual({ id: 'r', field: 'outlet.circulation', operator: 'gte', value: 0 });
    expect(withField(rule, 'company.pkp')).toEqual({ id: 'r', field: 'company.pkp', operator: 'isTrue' });
    expect(withOperator(rule, 'lte')).toEqual({ ...rule, operator: 'lte' });
    expect(withOperator(rule, 'between')).toEqual({ ...rule, operator: 'between', value: [0, 0] });
    expect(withOperator(rule, 'present')).toEqual({ id: 'r', field: 'outlet.activeMonths', operator: 'present' });
  });

  it('places each problem on the row it names', () => {
    const problems = [
      { field: 'content.eligibility.rules[3].value', message: 'the value must be a number, got null' },
      { field: 'content.eligibility.rules[31].id', message: 'duplicate' },
      { field: 'calendar.final', message: 'final must be a date' },
      { field: 'somewhere.else', message: 'x' },
    ];
    expect(problemsAt(problems, 'content.eligibility.rules[3]')).toEqual([problems[0]]);
    expect(problemsAt(problems, 'calendar')).toEqual([problems[2]]);
    expect(unplacedProblems(problems, ['content.eligibility.rules[3]', 'content.eligibility.rules[31]', 'calendar'])).toEqual([problems[3]]);
  });

  it('reads values and lists', () => {
    expect(describeValue('pemred.ukwLevel', 'utama', 'en')).toBe('Utama');
    expect(describeValue('company.legalForm', ['PT', 'CV'], 'id')).toBe('PT, CV');
    expect(splitList(' 63122, ,58130 ')).toEqual(['63122', '58130']);
    expect(calendarFor({ registrationOpens: '01-07', registrationCloses: '01-31', announcement: '02-07', objectionOpens: '02-08', objectionCloses: '02-14', final: '02-21' }, 2026).final).toBe('2026-02-21');
  });
});
