/**
 * Today's date (YYYY-MM-DD) in Western Indonesian Time (WIB, UTC+7, no daylight saving), where the
 * regions' windows and deadlines are set: the one place the server decides what "today" is.
 */
export function todayInJakarta(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
