import type { PartnershipCalendar, SchedulePattern } from '@sinergi/contracts';
import { SCHEDULE_STEPS } from '@sinergi/contracts';

/** The concrete dates of a fiscal year from a month-day pattern ("01-07" → 2026-01-07). */
export function calendarFor(pattern: SchedulePattern, fiscalYear: number): PartnershipCalendar {
  return Object.fromEntries(SCHEDULE_STEPS.map((step) => [step, `${fiscalYear}-${pattern[step]}`])) as PartnershipCalendar;
}

/** Problems of an explicit calendar: real dates, in order. */
export function calendarProblems(calendar: PartnershipCalendar): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  let previous: string | null = null;
  for (const step of SCHEDULE_STEPS) {
    const value = calendar[step];
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
      problems.push({ field: `calendar.${step}`, message: `${step} must be a date (YYYY-MM-DD)` });
      continue;
    }
    if (previous && value < previous) problems.push({ field: `calendar.${step}`, message: `${step} must not be before the step before it` });
    previous = value;
  }
  return problems;
}


export const within = (day: string, from: string, to: string) => day >= from && day <= to;
