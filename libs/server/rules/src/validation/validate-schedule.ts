import { SCHEDULE_STEPS } from '@sinergi/contracts';
import { checkKnownKeys, isRecord, Problems, quote, report } from './problems';

// Days per month in a common year: a yearly pattern cannot name 29 February.
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isMonthDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{2}-\d{2}$/.test(value)) return false;
  const month = Number(value.slice(0, 2));
  const day = Number(value.slice(3));
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

/** Six month-day dates ("01-07"), each step on or after the one before it, within one year. */
export function validateSchedule(schedule: unknown, path: string, problems: Problems): void {
  if (!isRecord(schedule)) {
    report(problems, path, `must be an object with ${SCHEDULE_STEPS.join(', ')}`, `harus berupa objek berisi ${SCHEDULE_STEPS.join(', ')}`);
    return;
  }
  checkKnownKeys(schedule, SCHEDULE_STEPS, path, problems);
  let previous: { step: string; date: string } | null = null;
  for (const step of SCHEDULE_STEPS) {
    const value = schedule[step];
    if (!isMonthDay(value)) {
      if (value === '02-29') {
        report(
          problems,
          `${path}.${step}`,
          '29 February does not exist every year; use 02-28 or 03-01',
          '29 Februari tidak ada setiap tahun; gunakan 02-28 atau 03-01',
        );
      } else {
        report(
          problems,
          `${path}.${step}`,
          `must be a month-day date "MM-DD" (e.g. "01-07"), got ${quote(value)}`,
          `harus berupa tanggal bulan-hari "MM-DD" (mis. "01-07"), bukan ${quote(value)}`,
        );
      }
      continue;
    }
    // MM-DD strings sort like the dates they name.
    if (previous && value < previous.date) {
      report(
        problems,
        `${path}.${step}`,
        `${step} (${value}) must not be before ${previous.step} (${previous.date})`,
        `${step} (${value}) tidak boleh sebelum ${previous.step} (${previous.date})`,
      );
    }
    previous = { step, date: value };
  }
}
