import { describe, expect, it } from 'vitest';
import { CsvPiecer } from './csv-pieces';

function csv(seconds: number, rate: number): string {
  const lines = ['t,x,y,z'];
  for (let i = 0; i < seconds * rate; i++) lines.push(`${(i / rate).toFixed(2)},0.1,0.2,9.8`);
  return lines.join('\n') + '\n';
}

describe('cutting a CSV into upload pieces', () => {
  it('ends every piece but the last at a whole minute, repeats the header, and loses no line', () => {
    const text = csv(600, 10); // 6,000 lines of ~17 bytes
    const p = new CsvPiecer(20_000);
    // Slices that cut lines in the middle.
    for (let i = 0; i < text.length; i += 7_777) p.push(text.slice(i, i + 7_777));
    p.end();
    expect(p.ready.length).toBeGreaterThan(3);
    const data = p.ready.flatMap((q) => q.text.trim().split('\n').slice(1));
    expect(data).toEqual(text.trim().split('\n').slice(1));
    for (const q of p.ready) expect(q.text.startsWith('t,x,y,z\n')).toBe(true);
    for (const q of p.ready.slice(1)) {
      const firstT = Number.parseFloat(q.text.split('\n')[1]!);
      expect(firstT % 60).toBe(0);
    }
    expect(p.ready.reduce((s, q) => s + q.lines, 0)).toBe(6000);
  });

  it('folds a short tail into the piece before it', () => {
    const text = csv(121, 10).split('\n').slice(0, 1 + 1210 + 0).join('\n');
    const p = new CsvPiecer(1, 50); // cut at every minute
    p.push(text);
    p.end();
    // Minutes 0 and 1 are pieces; the 10 lines of minute 2 join minute 1's piece.
    expect(p.ready.map((q) => q.lines)).toEqual([600, 610]);
  });
});
