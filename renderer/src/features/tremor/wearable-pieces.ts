/**
 * Cuts an Axivity .cwa or GENEActiv .bin file into pieces for `tremor.upload` (`file_base64`):
 * each piece is the file's header followed by whole 512-byte blocks (.cwa) or whole pages (.bin),
 * so the server reads every piece on its own; a piece stays under `target` bytes so its base64
 * fits the procedure's 6 MB (api/tremor.ts MAX_UPLOAD_FILE_BASE64). Pure: no DOM, testable in Node.
 */
export type WearableFormat = 'cwa' | 'geneactiv-bin';

const CWA_HEADER = 1024;
const CWA_BLOCK = 512;
/** Start of a GENEActiv page line, after the previous line's newline. */
const PAGE = Array.from('\nRecorded Data', (c) => c.charCodeAt(0));

/** The format by content (as the core tells it): the "MD" header block, or "Device Identity". */
export function wearableFormat(head: Uint8Array): WearableFormat | null {
  if (head.length >= 4 && head[0] === 0x4d && head[1] === 0x44 && head[2] === 0xfc && head[3] === 0x03) return 'cwa';
  const start = String.fromCharCode(...head.subarray(0, 17));
  return /^Device Identity\r?\n/.test(start) ? 'geneactiv-bin' : null;
}

/** Index of the last page start in `b[from, to)` (the byte after its newline), or -1. */
function lastPageStart(b: Uint8Array, from: number, to: number): number {
  for (let i = Math.min(to, b.length) - PAGE.length; i >= from; i--) {
    let k = 0;
    while (k < PAGE.length && b[i + k] === PAGE[k]) k++;
    if (k === PAGE.length) return i + 1;
  }
  return -1;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export class WearablePiecer {
  private header: Uint8Array | null = null;
  private buf: Uint8Array = new Uint8Array(0);
  /** Pieces complete so far, oldest first; the caller takes them. */
  readonly ready: Uint8Array[] = [];

  /** @param target most bytes in a piece, header included (4 MB → ~5.3 MB of base64). */
  constructor(readonly format: WearableFormat, private readonly target = 4_000_000) {}

  /** Feeds the next slice of the file, in order. */
  push(bytes: Uint8Array): void {
    this.buf = this.buf.length === 0 ? bytes.slice() : concat([this.buf, bytes]);
    if (this.header === null) {
      let end: number;
      if (this.format === 'cwa') end = this.buf.length >= CWA_HEADER ? CWA_HEADER : -1;
      else end = this.firstPage();
      if (end === -1) return;
      this.header = this.buf.slice(0, end);
      this.buf = this.buf.slice(end);
    }
    const room = this.target - this.header.length;
    for (;;) {
      if (this.buf.length < room) return;
      let cut: number;
      if (this.format === 'cwa') cut = Math.floor(room / CWA_BLOCK) * CWA_BLOCK;
      else {
        cut = lastPageStart(this.buf, 1, room);
        if (cut <= 0) throw new Error('a GENEActiv page is larger than an upload piece');
      }
      this.ready.push(concat([this.header, this.buf.subarray(0, cut)]));
      this.buf = this.buf.slice(cut);
    }
  }

  /** Ends the input: the rest becomes the last piece. */
  end(): void {
    if (this.header === null) {
      // A file smaller than its header: sent as is, for the server to name what is wrong.
      if (this.buf.length > 0) this.ready.push(this.buf);
    } else if (this.buf.length > 0 || this.ready.length === 0) this.ready.push(concat([this.header, this.buf]));
    this.buf = new Uint8Array(0);
  }

  /** Offset of the first page line in the buffer. */
  private firstPage(): number {
    for (let i = 0; i + PAGE.length <= this.buf.length; i++) {
      let k = 0;
      while (k < PAGE.length && this.buf[i + k] === PAGE[k]) k++;
      if (k === PAGE.length) return i + 1;
    }
    return -1;
  }
}

/** Base64 of bytes (btoa over a binary string, built in slices to keep the argument list short). */
export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
