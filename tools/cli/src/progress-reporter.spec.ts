import { ProgressReporter } from './progress-reporter';

function recorder(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (text: string) => chunks.push(text) } };
}

describe('fleet migration progress', () => {
  const ci = process.env['CI'];
  afterEach(() => {
    if (ci === undefined) delete process.env['CI'];
    else process.env['CI'] = ci;
  });

  it('draws a bar with an ETA on a terminal', () => {
    delete process.env['CI'];
    const { chunks, stream } = recorder(true);
    let now = 0;
    const progress = new ProgressReporter('tenants', stream, () => now);
    progress.start(100);
    now = 10_000;
    progress.tick(25);
    progress.tick(26, 'lampung-barat FAILED: boom');
    progress.finish();
    expect(chunks[1]).toBe(`\rtenants [########----------------------] 25/100 25% ETA 30s `);
    expect(chunks[2]).toBe('\r\x1b[2Klampung-barat FAILED: boom\n');
    expect(chunks.at(-1)).toBe('\n');
  });

  it('writes plain lines every 5% (and every problem) when piped or in CI', () => {
    process.env['CI'] = 'true';
    const { chunks, stream } = recorder(true);
    let now = 0;
    const progress = new ProgressReporter('tenants', stream, () => now);
    progress.start(552, 2);
    for (let done = 3; done <= 552; done++) {
      now += 10;
      progress.tick(done, done === 300 ? 'x FAILED: y' : undefined);
    }
    expect(chunks[0]).toBe('tenants: 2 of 552 already up to date\n');
    expect(chunks).toContain('x FAILED: y\n');
    expect(chunks.at(-1)).toBe('tenants: 552/552 (100%), ETA 0s\n');
    expect(chunks.filter((c) => c.startsWith('tenants: ') && c.includes('ETA')).length).toBeLessThanOrEqual(22);
    expect(chunks.some((c) => c.includes('\r'))).toBe(false);
  });
});
