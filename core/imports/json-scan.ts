/**
 * Line numbers for JSON. `JSON.parse` gives values but not where they were, and in Node
 * 20 not always where a syntax error is. This strict recursive-descent scanner, used
 * only when something went wrong, finds the line where each wanted value starts (by
 * path, e.g. `/entry/3`) and the line of the first syntax error.
 */
export type JsonPath = ReadonlyArray<string | number>;

export const pathKey = (p: JsonPath): string => p.map((x) => `/${x}`).join('');

export function scanJson(text: string, wanted: ReadonlySet<string> = new Set()): { lines: Map<string, number>; error?: { line: number; message: string } } {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const n = text.length;
  class JsonSyntaxError extends Error {}
  const fail = (what: string): never => {
    throw new JsonSyntaxError(`invalid JSON: ${what}`);
  };
  const ws = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff) break;
    }
  };
  const str = (): string => {
    // Called at the opening quote.
    let out = '';
    i++;
    for (;;) {
      if (i >= n) fail('unterminated string');
      const c = text[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\n') fail('line break inside a string');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          out += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          i += 2;
        }
        continue;
      }
      out += c;
      i++;
    }
  };
  const value = (path: string) => {
    ws();
    if (wanted.has(path)) lines.set(path, line);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a property name, found ${JSON.stringify(text[i] ?? 'end of file')}`);
        const k = str();
        ws();
        if (text[i] !== ':') fail(`expected ':' after "${k}"`);
        i++;
        value(`${path}/${k}`);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected ',' or '}' after the value of "${k}"`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (let k = 0; ; k++) {
        value(`${path}/${k}`);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected ',' or ']' after array element ${k}`);
      }
    }
    if (c === '"') {
      str();
      return;
    }
    const m = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!m) fail(c === undefined ? 'unexpected end of file' : `unexpected ${JSON.stringify(c)}`);
    i += m![0].length;
  };
  try {
    value('');
    ws();
    if (i < n) fail(`unexpected ${JSON.stringify(text[i])} after the end of the document`);
    return { lines };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { lines, error: { line, message: e.message } };
    throw e;
  }
}
