import { todayInJakarta } from '@sinergi/server/core';
import { addDays, daysBetween, isIsoDate, isPastDeadline, proofDeadline } from './deadline';

describe('proof deadlines (whole WIB days)', () => {
  it('adds the deadline days to the last publication day, across months and leap days', () => {
    expect(proofDeadline('2026-03-02', 2)).toBe('2026-03-04');
    expect(proofDeadline('2026-01-30', 7)).toBe('2026-02-06');
    expect(proofDeadline('2028-02-27', 2)).toBe('2028-02-29');
    expect(proofDeadline('2026-12-30', 10)).toBe('2027-01-09');
    expect(proofDeadline('2026-05-05', 0)).toBe('2026-05-05');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('is late only from the day after the deadline', () => {
    expect(isPastDeadline('2026-03-04', '2026-03-04')).toBe(false);
    expect(isPastDeadline('2026-03-04', '2026-03-05')).toBe(true);
    expect(isPastDeadline('2026-03-04', '2026-02-28')).toBe(false);
  });

  it('decides "today" in WIB: 23:30 UTC is already the next day in Jakarta', () => {
    const lateEvening = new Date('2026-03-04T17:30:00Z'); // 00:30 WIB on the 5th
    expect(todayInJakarta(lateEvening)).toBe('2026-03-05');
    expect(isPastDeadline('2026-03-04', todayInJakarta(lateEvening))).toBe(true);
    expect(isPastDeadline('2026-03-04', todayInJakarta(new Date('2026-03-04T16:59:59Z')))).toBe(false);
  });

  it('counts days and recognises real dates', () => {
    expect(daysBetween('2026-03-04', '2026-03-10')).toBe(6);
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(isIsoDate(20260203)).toBe(false);
  });
});
