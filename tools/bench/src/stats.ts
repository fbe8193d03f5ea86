export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function summarize(samples: number[]): { count: number; median: number; p95: number; p99: number; total: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    total: sorted.reduce((sum, value) => sum + value, 0),
  };
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 3 : 1)} ms`;
}

export function seconds(valueMs: number): string {
  return `${(valueMs / 1000).toFixed(1)} s`;
}

export type Verdict = { name: string; figure: string; target: string; pass: boolean };

export function printVerdicts(title: string, verdicts: Verdict[]): void {
  console.log(`\n${title}`);
  for (const v of verdicts) {
    console.log(`  ${v.pass ? 'PASS' : 'FAIL'}  ${v.name.padEnd(58)} ${v.figure.padEnd(28)} target ${v.target}`);
  }
}
