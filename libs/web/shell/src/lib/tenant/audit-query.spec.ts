import { compactDetails, dayBoundary, positiveInt, toAuditQuery } from './audit-query';

describe('audit query', () => {
  it('turns a day into its local start and end instants', () => {
    const start = dayBoundary('2026-01-31', 'start');
    const end = dayBoundary('2026-01-31', 'end');
    expect(start).toBe(new Date(2026, 0, 31, 0, 0, 0, 0).toISOString());
    expect(end).toBe(new Date(2026, 0, 31, 23, 59, 59, 999).toISOString());
  });

  it('ignores dates that are missing or malformed', () => {
    expect(dayBoundary(undefined, 'start')).toBeUndefined();
    expect(dayBoundary('', 'start')).toBeUndefined();
    expect(dayBoundary('31/01/2026', 'start')).toBeUndefined();
    expect(dayBoundary('2026-02-30', 'end')).toBeUndefined();
  });

  it('builds the API query, leaving out empty filters', () => {
    expect(toAuditQuery({ action: '  ', from: undefined, to: 'nope', page: 2, pageSize: 50 })).toEqual({
      action: undefined,
      from: undefined,
      to: undefined,
      page: 2,
      pageSize: 50,
    });
    const query = toAuditQuery({ action: ' member.invited ', from: '2026-01-01', to: '2026-01-02', page: 1, pageSize: 25 });
    expect(query.action).toBe('member.invited');
    expect(query.from).toBe(new Date(2026, 0, 1).toISOString());
    expect(query.to).toBe(new Date(2026, 0, 2, 23, 59, 59, 999).toISOString());
  });

  it('shows details as compact JSON, shortened when long', () => {
    expect(compactDetails({ roles: ['admin'], email: 'a@b.id' })).toBe('{"roles":["admin"],"email":"a@b.id"}');
    expect(compactDetails({})).toBe('');
    expect(compactDetails(null)).toBe('');
    const long = compactDetails({ text: 'x'.repeat(500) }, 20);
    expect(long).toHaveLength(20);
    expect(long.endsWith('…')).toBe(true);
  });

  it('reads positive page numbers only', () => {
    expect(positiveInt('3', 1)).toBe(3);
    expect(positiveInt('0', 1)).toBe(1);
    expect(positiveInt('abc', 25)).toBe(25);
    expect(positiveInt(undefined, 25)).toBe(25);
  });
});
