/**
 * A small RFC 4180 CSV reader: quoted fields (with `""` escapes and line breaks inside),
 * LF or CRLF line ends, a leading UTF-8 byte-order mark removed. Each row carries the
 * 1-based line it starts on, so errors can point at the file.
 */
export interface CsvRow {
  line: number;
  fields: string[];
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function parseCsv(text: string, delimiter = ','): CsvRow[] {
  const s = stripBom(text);
  const rows: CsvRow[] = [];
  let line = 1;
  let i = 0;
  const n = s.length;
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    for (;;) {
      if (i >= n) {
        fields.push(field);
        break;
      }
      const c = s[i]!;
      if (c === '"' && field === '') {
        // Quoted field: runs to the closing quote; "" is a literal quote.
        i++;
        for (;;) {
          if (i >= n) break;
          const q = s[i]!;
          if (q === '"') {
            if (s[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (q === '\n') line++;
          field += q;
          i++;
        }
        continue;
      }
      if (c === delimiter) {
        fields.push(field);
        field = '';
        i++;
        continue;
      }
      if (c === '\r' || c === '\n') {
        fields.push(field);
        i += c === '\r' && s[i + 1] === '\n' ? 2 : 1;
        line++;
        break;
      }
      field += c;
      i++;
    }
    // Blank lines are not records.
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: start, fields });
  }
  return rows;
}

/** Quotes a field when it holds a delimiter, a quote or a line break (RFC 4180 §2.6–2.7). */
export function csvField(x: string): string {
  return /[",\r\n]/.test(x) ? `"${x.replaceAll('"', '""')}"` : x;
}
