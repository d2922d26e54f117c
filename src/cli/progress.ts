/**
 * The progress bar of a batch run, on stderr: done/total, the rate and the time left. Only on
 * a terminal (and never with --quiet); redrawn at most ten times a second; cleared at the end
 * and around every message so that messages never mix with it.
 */

export interface ProgressTarget {
  write(chunk: string): unknown;
  columns?: number;
}

/** The bar's line. `total` null: the count is not known (a JSONL stream). Pure, for tests. */
export function progressLine(done: number, total: number | null, elapsedMs: number, columns = 80): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? done / seconds : 0;
  const rateText = `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)} stories/s`;
  if (total === null) return `${done} done  ${rateText}`;
  const fraction = total === 0 ? 1 : Math.min(1, done / total);
  const eta = rate > 0 && done < total ? `ETA ${clock((total - done) / rate)}` : done >= total ? 'done' : 'ETA –';
  const tail = ` ${done}/${total} ${String(Math.floor(fraction * 100)).padStart(3)}%  ${rateText}  ${eta}`;
  const width = Math.max(10, Math.min(40, columns - tail.length - 3));
  const filled = Math.round(fraction * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]${tail}`;
}

/** Seconds as m:ss, or h:mm:ss from an hour on. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export class Progress {
  private done = 0;
  private lastDraw = -Infinity;
  private shown = false;
  private readonly started: number;

  constructor(
    private readonly target: ProgressTarget | null,
    private readonly total: number | null,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
    this.draw(true);
  }

  tick(): void {
    this.done++;
    this.draw(false);
  }

  /** Writes a message line on the same stream, with the bar cleared and drawn again below it. */
  message(line: string, write: (line: string) => void): void {
    this.clear();
    write(line);
    this.draw(true);
  }

  finish(): void {
    this.clear();
  }

  private draw(force: boolean): void {
    if (!this.target) return;
    const t = this.now();
    if (!force && t - this.lastDraw < 100 && this.done !== this.total) return;
    this.lastDraw = t;
    this.target.write(`\r${progressLine(this.done, this.total, t - this.started, this.target.columns || 80)}\x1b[K`);
    this.shown = true;
  }

  private clear(): void {
    if (!this.target || !this.shown) return;
    this.target.write('\r\x1b[K');
    this.shown = false;
  }
}
