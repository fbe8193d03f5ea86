import type { BudgetAbsorptionRow, MediaType } from '@sinergi/contracts';

export type ChartBar = { month: number; total: number; segments: { mediaType: MediaType; value: number; y: number; height: number }[] };
export type AbsorptionChart = { max: number; mediaTypes: MediaType[]; bars: ChartBar[]; cumulative: number[] };

/**
 * Twelve monthly bars of realised spending, stacked by media type, scaled to `height` (the
 * largest month fills it). Months without spending have an empty bar; the cumulative total per
 * month goes with it (the absorption so far).
 */
export function absorptionChart(rows: readonly BudgetAbsorptionRow[], height: number): AbsorptionChart {
  const mediaTypes = [...new Set(rows.filter((r) => r.realised > 0).map((r) => r.mediaType))].sort();
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const totals = months.map((month) => rows.filter((r) => r.month === month).reduce((sum, r) => sum + r.realised, 0));
  const max = Math.max(0, ...totals);
  let running = 0;
  const cumulative = totals.map((t) => (running += t));
  const bars = months.map((month, index) => {
    let y = height;
    const segments = mediaTypes.flatMap((mediaType) => {
      const value = rows.filter((r) => r.month === month && r.mediaType === mediaType).reduce((sum, r) => sum + r.realised, 0);
      if (!value) return [];
      const segmentHeight = max ? (value / max) * height : 0;
      y -= segmentHeight;
      return [{ mediaType, value, y, height: segmentHeight }];
    });
    return { month, total: totals[index]!, segments };
  });
  return { max, mediaTypes, bars, cumulative };
}

/** A share as a whole percent (0 when the whole is 0). */
export function percentOf(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 100) : 0;
}
