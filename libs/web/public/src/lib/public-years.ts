/** This year and the two before it: the fiscal years a region's public page is read for. */
export function publicYears(today: Date = new Date()): number[] {
  const year = today.getFullYear();
  return [year, year - 1, year - 2];
}
