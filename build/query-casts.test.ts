import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// tend/no-query-result-cast (build/no-query-result-cast.js, issue #20) with the repository's
// own config, type information included: the rule needs to know a receiver is better-sqlite3's
// Statement. The probe is linted as the text of a real source file (core/kv.ts), so the
// project's tsconfig types it as it would the shipped file.
const root = new URL('..', import.meta.url).pathname;
const eslint = new ESLint({ cwd: root });
const FILE = 'core/kv.ts';
const source = readFileSync(`${root}${FILE}`, 'utf8');

const RULE = 'tend/no-query-result-cast';
const flagged = async (code: string) => {
  const [r] = await eslint.lintText(code, { filePath: `${root}${FILE}` });
  expect(r!.messages.filter((m) => m.fatal)).toEqual([]);
  return r!.messages.filter((m) => m.ruleId === RULE).map((m) => m.line);
};

/** The probe appended to the real file: each case on its own line, found by its marker. */
const PROBE = `
export function castProbe(db: Db): unknown[] {
  const c = db.$client;
  const stmt = c.prepare(\`SELECT value FROM kv WHERE key = ?\`).pluck();
  const typed = c.prepare<[string], string>(\`SELECT value FROM kv WHERE key = ?\`).pluck();
  const m = new Map<string, string>();
  return [
    stmt.get('a') as string | undefined, // CASE get
    (c.prepare(\`SELECT key FROM kv\`).all() as Array<{ key: string }>), // CASE all-parenthesised
    c.prepare(\`SELECT key, value FROM kv\`).raw().all() as Array<[string, string]>, // CASE raw
    c.prepare(\`SELECT COUNT(*) FROM kv\`).pluck().get()! as number, // CASE non-null
    [...c.prepare(\`SELECT key FROM kv\`).iterate()] as unknown, // OK spread is a new array
    <string[]>c.prepare(\`SELECT key FROM kv\`).pluck().all(), // CASE angle-bracket
    c.prepare(\`SELECT key FROM kv\`).pluck().iterate() as IterableIterator<string>, // CASE iterate
    m.get('a') as string, // OK a Map, not a statement
    typed.get('a') ?? '', // OK typed where prepared
    // eslint-disable-next-line ${RULE} -- the probe's one justified exception
    stmt.get('b') as string, // OK allowed with a reason
  ];
}
`;
const lineOf = (text: string, marker: string) => text.split('\n').findIndex((l) => l.includes(marker)) + 1;

describe('tend/no-query-result-cast', () => {
  it('passes the shipped file as it is', async () => {
    expect(await flagged(source)).toEqual([]);
  }, 120_000);

  it('flags every cast over what a statement returned, and nothing else', async () => {
    const text = source + PROBE;
    const cases = ['CASE get', 'CASE all-parenthesised', 'CASE raw', 'CASE non-null', 'CASE angle-bracket', 'CASE iterate'];
    expect(await flagged(text)).toEqual(cases.map((c) => lineOf(text, c)));
  }, 120_000);

  it('flags a cast put back into the shipped code', async () => {
    const typed = 'return this.getStmt.get(key);';
    expect(source).toContain(typed);
    const text = source.replace(typed, 'return this.getStmt.get(key) as string | undefined;');
    expect(await flagged(text)).toEqual([lineOf(text, 'this.getStmt.get(key) as')]);
  }, 120_000);
});
