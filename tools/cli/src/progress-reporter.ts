/**
 * A progress bar with ETA on a terminal; plain lines (every 5%, and every problem) in CI or when
 * the output is piped, so logs stay readable.
 */
export class ProgressReporter {
  private total = 0;
  private startedAt = 0;
  private lastPlainPercent = -1;
  private readonly tty: boolean;

  constructor(
    private readonly label: string,
    private readonly out: { write(text: string): unknown; isTTY?: boolean } = process.stdout,
    private readonly now: () => number = Date.now,
  ) {
    this.tty = Boolean(out.isTTY) && !process.env['CI'];
  }

  start(total: number, alreadyDone = 0): void {
    this.total = total;
    this.startedAt = this.now();
    if (alreadyDone) this.line(`${this.label}: ${alreadyDone} of ${total} already up to date`);
    this.render(alreadyDone);
  }

  tick(done: number, problem?: string): void {
    if (problem) this.line(problem);
    this.render(done);
  }

  finish(): void {
    if (this.tty) this.out.write('\n');
  }

  private render(done: number): void {
    const percent = this.total ? Math.floor((done / this.total) * 100) : 100;
    const elapsed = (this.now() - this.startedAt) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? Math.ceil((this.total - done) / rate) : 0;
    if (this.tty) {
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      this.out.write(
        `\r${this.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ${percent}% ETA ${eta}s `,
      );
      return;
    }
    if (percent >= this.lastPlainPercent + 5 || done === this.total) {
      this.lastPlainPercent = percent;
      this.out.write(`${this.label}: ${done}/${this.total} (${percent}%), ETA ${eta}s\n`);
    }
  }

  private line(text: string): void {
    this.out.write(this.tty ? `\r\x1b[2K${text}\n` : `${text}\n`);
  }
}
