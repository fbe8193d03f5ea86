import { DEFAULT_ROLE_PERMISSIONS } from '@sinergi/contracts';
import { canWith } from '@sinergi/web/ui';
import { currentFiscalYear, fiscalYearOptions, positiveIntOr, todayWib } from './shared';

describe('partnership screens: shared helpers', () => {
  it('counts the fiscal year and today in Jakarta time (UTC+7)', () => {
    const newYearsEveUtc = new Date('2026-12-31T18:30:00Z'); // already 1 January in Jakarta
    expect(currentFiscalYear(newYearsEveUtc)).toBe(2027);
    expect(todayWib(newYearsEveUtc)).toBe('2027-01-01');
    expect(fiscalYearOptions(newYearsEveUtc)).toEqual([2028, 2027, 2026]);
  });

  it('reads a year from the query or falls back', () => {
    expect(positiveIntOr('2026', 1)).toBe(2026);
    expect(positiveIntOr('20x6', 1)).toBe(1);
    expect(positiveIntOr(undefined, 1)).toBe(1);
  });

  it('offers each role only the actions it has (what the buttons are shown by)', () => {
    const verifier = canWith(DEFAULT_ROLE_PERMISSIONS.verifier);
    expect(verifier('update', 'Application')).toBe(true);
    expect(verifier('update', 'PartnershipConfiguration')).toBe(false);
    expect(verifier('create', 'Announcement')).toBe(false);
    expect(verifier('create', 'OutletBlock')).toBe(false);
    const official = canWith(DEFAULT_ROLE_PERMISSIONS['approving-official']);
    expect(official('create', 'Announcement')).toBe(true);
    expect(official('create', 'Agreement')).toBe(true);
    expect(official('create', 'ConfigurationPack')).toBe(false);
    expect(canWith(DEFAULT_ROLE_PERMISSIONS.auditor)('update', 'Application')).toBe(false);
    expect(canWith([])('read', 'Application')).toBe(false);
  });
});
