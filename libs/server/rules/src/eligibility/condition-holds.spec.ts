import { Condition, FactField } from '@sinergi/contracts';
import { conditionHolds } from './condition-holds';

const c = (field: FactField, operator: Condition['operator'], value?: unknown): Condition => ({ field, operator, value });

// [operator, condition, passing fact, failing fact]
const CASES: [string, Condition, unknown, unknown][] = [
  ['eq (enum)', c('company.legalForm', 'eq', 'PT'), 'PT', 'CV'],
  ['eq (number)', c('documents.missingRequired', 'eq', 0), 0, 2],
  ['neq', c('company.legalForm', 'neq', 'CV'), 'koperasi', 'CV'],
  ['in', c('company.legalForm', 'in', ['PT', 'yayasan', 'koperasi']), 'yayasan', 'CV'],
  ['notIn', c('outlet.mediaType', 'notIn', ['social-media', 'videotron']), 'radio', 'videotron'],
  ['gte', c('outlet.activeMonths', 'gte', 24), 24, 23],
  ['gt', c('outlet.monthlyVisitors', 'gt', 10_000), 10_001, 10_000],
  ['lte', c('company.outletCount', 'lte', 2), 2, 3],
  ['lt', c('documents.expiredRequired', 'lt', 1), 0, 1],
  ['between', c('company.ageMonths', 'between', [12, 36]), 36, 37],
  ['between (lower bound)', c('company.ageMonths', 'between', [12, 36]), 12, 11],
  ['atLeast', c('pemred.ukwLevel', 'atLeast', 'utama'), 'utama', 'madya'],
  ['atLeast (weaker asked)', c('company.dewanPersStatus', 'atLeast', 'administrative'), 'factual', 'none'],
  ['atMost', c('pemred.ukwLevel', 'atMost', 'madya'), 'muda', 'utama'],
  ['isTrue', c('company.pkp', 'isTrue'), true, false],
  ['isFalse', c('company.pkp', 'isFalse'), false, true],
  ['contains', c('company.kbli', 'contains', '63122'), ['58130', '63122'], ['58130']],
  ['containsAny', c('company.kbli', 'containsAny', ['60202', '60102']), ['60102'], ['63122']],
  ['present', c('outlet.circulation', 'present'), 0, null],
  ['absent', c('outlet.circulation', 'absent'), null, 5000],
];

describe('a condition against one fact', () => {
  it.each(CASES)('%s holds for the passing fact', (_name, condition, passing) => {
    expect(conditionHolds(condition, passing)).toBe(true);
  });

  it.each(CASES)('%s fails for the failing fact', (_name, condition, _passing, failing) => {
    expect(conditionHolds(condition, failing)).toBe(false);
  });

  it.each(CASES.filter(([, condition]) => condition.operator !== 'absent'))(
    '%s fails when the dossier does not record the fact (null)',
    (_name, condition) => {
      expect(conditionHolds(condition, null)).toBe(false);
    },
  );

  it('compares ordinal values by rank, not alphabetically', () => {
    // "madya" < "muda" as strings, but Muda is the weakest level.
    expect(conditionHolds(c('pemred.ukwLevel', 'atLeast', 'madya'), 'muda')).toBe(false);
    expect(conditionHolds(c('pemred.ukwLevel', 'atMost', 'muda'), 'madya')).toBe(false);
  });

  it('fails rather than throws on malformed values (an unvalidated configuration)', () => {
    expect(conditionHolds(c('company.legalForm', 'in', 'PT'), 'PT')).toBe(false);
    expect(conditionHolds(c('company.ageMonths', 'between', [12]), 20)).toBe(false);
    expect(conditionHolds(c('company.ageMonths', 'gte', '12'), 20)).toBe(false);
    expect(conditionHolds(c('pemred.ukwLevel', 'atLeast', 'senior'), 'utama')).toBe(false);
    expect(conditionHolds({ field: 'company.pkp', operator: 'like' as Condition['operator'] }, true)).toBe(false);
  });
});
