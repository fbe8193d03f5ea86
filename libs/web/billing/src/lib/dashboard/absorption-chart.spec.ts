import { absorptionChart, percentOf } from './absorption-chart';

describe('absorptionChart', () => {
  it('stacks each month by media type, scaled so the largest month fills the height, with the running total', () => {
    const chart = absorptionChart(
      [
        { month: 2, mediaType: 'online', realised: 1_000_000 },
        { month: 2, mediaType: 'print-daily', realised: 3_000_000 },
        { month: 5, mediaType: 'online', realised: 2_000_000 },
      ],
      200,
    );
    expect(chart.max).toBe(4_000_000);
    expect(chart.mediaTypes).toEqual(['online', 'print-daily']);
    expect(chart.bars).toHaveLength(12);
    expect(chart.bars[0]).toEqual({ month: 1, total: 0, segments: [] });
    expect(chart.bars[1]!.segments).toEqual([
      { mediaType: 'online', value: 1_000_000, y: 150, height: 50 },
      { mediaType: 'print-daily', value: 3_000_000, y: 0, height: 150 },
    ]);
    expect(chart.bars[4]!.segments).toEqual([{ mediaType: 'online', value: 2_000_000, y: 100, height: 100 }]);
    expect(chart.cumulative.slice(0, 6)).toEqual([0, 4_000_000, 4_000_000, 4_000_000, 6_000_000, 6_000_000]);
  });

  it('draws empty bars when nothing is realised yet', () => {
    const chart = absorptionChart([], 100);
    expect(chart.max).toBe(0);
    expect(chart.bars.every((b) => b.segments.length === 0)).toBe(true);
  });

  it('rounds shares and guards against a zero whole', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(5, 0)).toBe(0);
  });
});
