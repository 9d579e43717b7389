/**
 * Cuts an accelerometer CSV (`t,x,y,z`, t in seconds) into pieces for `tremor.upload`: the
 * hub takes at most 8 MB per request, and a day at 50 Hz is ~170 MB of text. Pieces end
 * at whole minutes of t (the server stores raw samples per wall-clock minute and settles a
 * minute when the next piece arrives), repeat the header line, and a tiny tail is folded
 * into the piece before it. Pure: no DOM, testable in Node.
 */
export interface CsvPiece {
  text: string;
  /** Data lines in the piece. */
  lines: number;
}

export class CsvPiecer {
  private header: string | null = null;
  private seenData = false;
  private cur: string[] = [];
  private curBytes = 0;
  private lastMinute = Number.NaN;
  private rest = '';
  /** Pieces complete so far, oldest first; the caller takes them. */
  readonly ready: CsvPiece[] = [];

  /** @param target bytes after which a piece ends at the next change of minute. */
  constructor(private readonly target = 4_000_000, private readonly minTail = 200) {}

  /** Feeds the next slice of text (any size; lines may straddle slices). */
  push(text: string): void {
    const all = this.rest + text;
    let start = 0;
    for (let nl = all.indexOf('\n', start); nl !== -1; nl = all.indexOf('\n', start)) {
      this.line(all.slice(start, nl));
      start = nl + 1;
    }
    this.rest = all.slice(start);
  }

  /** Ends the input: flushes the last piece (folding a short tail into the one before). */
  end(): void {
    if (this.rest) this.line(this.rest);
    this.rest = '';
    if (this.cur.length === 0) return;
    const prev = this.ready[this.ready.length - 1];
    if (prev && this.cur.length < this.minTail) {
      prev.text += this.cur.join('\n') + '\n';
      prev.lines += this.cur.length;
    } else this.flush();
    this.cur = [];
  }

  private line(raw: string): void {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const t = Number.parseFloat(line);
    if (!this.seenData && this.header === null && Number.isNaN(Number(line.split(',', 1)[0]))) {
      this.header = line;
      return;
    }
    this.seenData = true;
    const minute = Math.floor(t / 60);
    if (this.curBytes >= this.target && minute !== this.lastMinute) this.flush();
    this.cur.push(line);
    this.curBytes += line.length + 1;
    if (!Number.isNaN(minute)) this.lastMinute = minute;
  }

  private flush(): void {
    if (this.cur.length === 0) return;
    this.ready.push({ text: (this.header !== null ? this.header + '\n' : '') + this.cur.join('\n') + '\n', lines: this.cur.length });
    this.cur = [];
    this.curBytes = 0;
  }
}
