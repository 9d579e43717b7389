/**
 * GENEActiv .bin files, read page by page. The format (Activinsights' binary file description, as
 * read by GENEAread and pygeneactiv) is text lines (CRLF):
 *
 * - a header of "Key:value" lines in sections ("Device Identity", …, "Calibration Data" with
 *   `x gain`, `x offset`, … `Volts`, `Lux`; "Memory Status" with `Number of Pages`), including
 *   `Time Zone:GMT +01:00`;
 * - then pages, each: "Recorded Data", "Key:value" lines (`Sequence Number`, `Page Time:YYYY-MM-DD
 *   hh:mm:ss:mmm` in local time, `Measurement Frequency`), and one line of 300 samples × 12 hex
 *   digits. A sample is 48 bits: x, y, z as 12-bit two's complement, then light (10 bits), button,
 *   reserved. Acceleration in g = (raw · 100 − offset) / gain, per axis.
 *
 * Trust the data: a file cut short (the header still claims every page) yields the pages it holds,
 * and the whole samples of a cut last page, with a warning.
 */
import { STANDARD_GRAVITY } from '../../api/metrics';
import { MotionFileError, type ByteSource, type MotionFileInfo, type RawRun } from './motion-file';

const CHUNK = 1 << 20;
/** Hex digits per sample. */
const HEX_PER_SAMPLE = 12;

const fail = (offset: number, message: string) => new MotionFileError('GENEActiv .bin', offset, message);

/** Lines of a latin1 text source with their byte offsets, read a chunk at a time. */
function* lines(src: ByteSource): Generator<{ text: string; offset: number; last: boolean }> {
  let carry = '';
  let carryAt = 0;
  for (let pos = 0; pos < src.size; pos += CHUNK) {
    const s = carry + src.read(pos, CHUNK).toString('latin1');
    let start = 0;
    for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', start)) {
      const end = nl > start && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield { text: s.slice(start, end), offset: carryAt + start, last: false };
      start = nl + 1;
    }
    carryAt += start;
    carry = s.slice(start);
  }
  if (carry.length > 0) yield { text: carry.replace(/\r$/, ''), offset: carryAt, last: true };
}

const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) HEX['0123456789ABCDEF'.charCodeAt(i)] = i;
for (let i = 10; i < 16; i++) HEX['abcdef'.charCodeAt(i - 10)] = i;

/** Minutes east of UTC from "GMT +01:00" / "GMT -05:30"; 0 when absent or unreadable. */
function zoneMinutes(v: string | undefined): number {
  const m = /([+-])\s*(\d{1,2}):?(\d{2})/.exec(v ?? '');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** Epoch ms of "YYYY-MM-DD hh:mm:ss:mmm" local time at `zoneMin` east of UTC; NaN if unreadable. */
export function geneactivTimeMs(v: string, zoneMin: number): number {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})(?:[:.](\d{1,3}))?$/.exec(v.trim());
  if (!m) return NaN;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, m[7] ? Number(m[7].padEnd(3, '0')) : 0) - zoneMin * 60_000;
}

/**
 * Yields each page's samples (m/s²) with its Page Time. Errors name the byte offset and page for
 * a header without calibration, a page without a readable time, or a data line that is not hex.
 */
export function* readGeneactivRuns(src: ByteSource, info: MotionFileInfo): Generator<RawRun> {
  const header = new Map<string, string>();
  const it = lines(src);
  let next = it.next();
  for (; !next.done; next = it.next()) {
    const { text } = next.value;
    if (text === 'Recorded Data') break;
    const c = text.indexOf(':');
    if (c > 0) header.set(text.slice(0, c).trim().toLowerCase(), text.slice(c + 1).replace(/\0+$/, '').trim());
  }
  info.device = `GENEActiv ${header.get('device model') ?? ''}`.trim();
  const cal = (['x', 'y', 'z'] as const).map((a) => {
    const gain = Number(header.get(`${a} gain`));
    const offset = Number(header.get(`${a} offset`));
    if (!(Number.isFinite(gain) && gain !== 0 && Number.isFinite(offset))) throw fail(0, `header has no usable "${a} gain"/"${a} offset" calibration`);
    return { gain, offset };
  });
  const zone = zoneMinutes(header.get('time zone'));
  const headerRate = parseFloat(header.get('measurement frequency') ?? '');
  const claimedPages = Number(header.get('number of pages'));

  let pages = 0;
  let cutSamples = 0;
  let page = -1;
  let pageAt = 0;
  let pageKeys = new Map<string, string>();
  for (; !next.done; next = it.next()) {
    const { text, offset, last } = next.value;
    if (text === 'Recorded Data') {
      page++;
      pageAt = offset;
      pageKeys = new Map();
      continue;
    }
    if (page < 0) continue;
    const c = text.indexOf(':');
    if (c > 0) {
      pageKeys.set(text.slice(0, c).trim().toLowerCase(), text.slice(c + 1).trim());
      continue;
    }
    if (text === '') continue;
    // The page's data line.
    const where = `page ${page} (sequence ${pageKeys.get('sequence number') ?? '?'})`;
    let bad = -1;
    for (let i = 0; i < text.length && bad < 0; i++) if ((HEX[text.charCodeAt(i)] ?? -1) < 0) bad = i;
    if (bad >= 0) throw fail(offset + bad, `${where}: data is not hex ("${text.slice(bad, bad + 8)}")`);
    if (text.length % HEX_PER_SAMPLE !== 0 && !last) throw fail(offset, `${where}: data line of ${text.length} hex digits is not whole 12-digit samples`);
    const timeMs = geneactivTimeMs(pageKeys.get('page time') ?? '', zone);
    if (Number.isNaN(timeMs)) throw fail(pageAt, `${where}: no readable "Page Time"`);
    const rate = parseFloat(pageKeys.get('measurement frequency') ?? '') || headerRate;
    if (!(rate > 0)) throw fail(pageAt, `${where}: no "Measurement Frequency"`);
    const n = Math.floor(text.length / HEX_PER_SAMPLE);
    const xyz = [new Float32Array(n), new Float32Array(n), new Float32Array(n)] as const;
    for (let i = 0; i < n; i++) {
      const p = i * HEX_PER_SAMPLE;
      for (let a = 0; a < 3; a++) {
        const q = p + 3 * a;
        let raw = (HEX[text.charCodeAt(q)]! << 8) | (HEX[text.charCodeAt(q + 1)]! << 4) | HEX[text.charCodeAt(q + 2)]!;
        if (raw >= 2048) raw -= 4096;
        xyz[a][i] = ((raw * 100 - cal[a]!.offset) / cal[a]!.gain) * STANDARD_GRAVITY;
      }
    }
    if (last && text.length % HEX_PER_SAMPLE !== 0) cutSamples = n;
    else pages++;
    pageKeys = new Map();
    yield { timeMs, nominalHz: rate, x: xyz[0], y: xyz[1], z: xyz[2], offset };
  }
  if (cutSamples > 0 || page + 1 > pages + (cutSamples > 0 ? 1 : 0)) {
    info.warnings.push(`the file is cut short: page ${pages} is incomplete (${cutSamples} whole samples kept)`);
  }
  if (Number.isFinite(claimedPages) && claimedPages !== pages) {
    info.warnings.push(`the header claims ${claimedPages} pages; the file holds ${pages} whole page(s)${cutSamples > 0 ? ` and ${cutSamples} samples of another` : ''}, which were read`);
  }
}
