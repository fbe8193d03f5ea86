/**
 * A progress bar with ETA on a terminal; plain lines (every 5%, and every problem) in CI or when
 * the output is piped, so logs stay readable.
 */
export class ProgressReporter {
  private total = 0;
  private startedAt = 0;
  private lastPlainPercent = -1;
  private readonly tty = Boolean(process.stdout.isTTY) && !process.env['CI'];

  constructor(private readonly label: string) {}

  start(total: number, alreadyDone = 0): void {
    this.total = total;
    this.startedAt = Date.now();
    if (alreadyDone) this.line(`${this.label}: ${alreadyDone} of ${total} already up to date`);
    this.render(alreadyDone);
  }

  tick(done: number, problem?: string): void {
    if (problem) this.line(problem);
    this.render(done);
  }

  finish(): void {
    if (this.tty) process.stdout.write('\n');
  }

  private render(done: number): void {
    const percent = this.total ? Math.floor((done / this.total) * 100) : 100;
    const elapsed = (Date.now() - this.startedAt) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? Math.ceil((this.total - done) / rate) : 0;
    if (this.tty) {
      const width = 30;
      const filled = Math.round((percent / 100) * width);
      process.stdout.write(
        `\r${this.label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ${percent}% ETA ${eta}s `,
      );
      return;
    }
    if (percent >= this.lastPlainPercent + 5 || done === this.total) {
      this.lastPlainPercent = percent;
      console.log(`${this.label}: ${done}/${this.total} (${percent}%), ETA ${eta}s`);
    }
  }

  private line(text: string): void {
    if (this.tty) process.stdout.write(`\r\x1b[2K${text}\n`);
    else console.log(text);
  }
}
