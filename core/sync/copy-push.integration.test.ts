import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/open';
import { createCore, type Core } from '../app';
import { ManualClock } from '../clock';
import type { CallContext } from '../context';
import { Outbox } from './outbox';
import { copyField, Remote, type Batch, type ReadingSource } from './remote';
import { syncRound } from './round';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

/**
 * The push goes through COPY into staging tables (issue #18); the remote must end with
 * exactly the rows the per-batch `INSERT … SELECT unnest(…)` statements gave, awkward text
 * included, and an install pulling them must hold what the pusher holds.
 */

const T0 = Date.parse('2026-05-01T08:00:00Z');
/** Everything COPY's text format must escape, and what it must not mistake for NULL. */
const AWKWARD = 'tab\there\nnew line\r\nback\\slash \\N “quoted” 🙂 \\t';

describe('sync push through COPY', () => {
  let pgs: ThrowawayPostgres;
  let dir: string;
  const opened: Core[] = [];
  beforeAll(async () => {
    pgs = await startThrowawayPostgres();
    dir = mkdtempSync(join(tmpdir(), 'tend-copy-'));
  }, 120_000);
  afterAll(() => {
    for (const c of opened) c.close();
    pgs?.destroy();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const install = (name: string) => {
    const core = createCore({ db: openDatabase(join(dir, `${name}.db`)), clock: new ManualClock(T0) });
    opened.push(core);
    const ctx: CallContext = { user: core.auth.ensureLocalUser(name), clientKey: 'test', transport: 'cli' };
    return { core, ctx, round: (url: string) => syncRound(url, { core, ownerId: ctx.user!.id }) };
  };

  it('writes the same remote rows as the unnest statements did, awkward text and nulls included, and the puller holds what the pusher holds', async () => {
    pgs.createDatabase('copy');
    pgs.createDatabase('unnest');
    const a = install('a');
    const s = a.core.subjects.create(a.ctx, { name: AWKWARD, kind: 'diabetes' }).id;
    const device = (await a.core.call('devices.create', { subject_id: s, name: 'CGM', kind: 'cgm', transport: 'ble' }, a.ctx)).id;
    a.core.ingest(a.ctx, s, [
      ...Array.from({ length: 40 }, (_, i) => ({ id: `g-${i}`, metric: 'glucose', t: new Date(T0 - (40 - i) * 300_000).toISOString(), value: 90.25 + i / 3, device_id: device })),
      { id: 'odd\\id\twith\ttabs', metric: 'heart_rate', t: new Date(T0 - 60_000).toISOString(), value: 61 },
      { id: '\\N', metric: 'heart_rate', t: new Date(T0 - 30_000).toISOString(), value: 62 },
    ]);
    a.core.events.write(s, { type: 'note', t: new Date(T0 - 1000).toISOString(), data: { text: AWKWARD } }, a.ctx.user!.id);
    const report = await a.round(pgs.urlFor('copy'));
    expect(report.pushed.observations).toBe(42);

    // The same rows through the statements the push used before COPY, into a remote with the same tables.
    const empty = install('empty');
    await empty.round(pgs.urlFor('unnest'));
    const rows = a.core.deps.db.$client.prepare(`SELECT id, subject_id, metric, t, value, device_id, created_at FROM observations ORDER BY subject_id, metric, t, id`).all() as Array<Record<string, unknown>>;
    const events = a.core.deps.db.$client.prepare(`SELECT id, subject_id, type, t, data, created_by, created_at, updated_at FROM events ORDER BY rowid`).all() as Array<Record<string, unknown>>;
    const old = new pg.Client({ connectionString: pgs.urlFor('unnest') });
    await old.connect();
    const col = (xs: Array<Record<string, unknown>>, k: string) => xs.map((x) => x[k]);
    await old.query(
      `INSERT INTO tend_observations (id, subject_id, metric, t, value, device_id, created_at, origin)
       SELECT id, subject_id, metric, to_timestamp(t / 1000.0), value, device_id, to_timestamp(created_at / 1000.0), $8
         FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::text[], $7::float8[])
              AS x(id, subject_id, metric, t, value, device_id, created_at)
       ON CONFLICT (subject_id, id) DO NOTHING`,
      [...['id', 'subject_id', 'metric', 't', 'value', 'device_id', 'created_at'].map((k) => col(rows, k)), 'origin'],
    );
    await old.query(
      `INSERT INTO tend_events AS cur (id, subject_id, type, t, data, created_by, created_at, updated_at, origin)
       SELECT id, subject_id, type, to_timestamp(t / 1000.0), data::jsonb, created_by, to_timestamp(created_at / 1000.0),
              CASE WHEN updated_at IS NULL THEN NULL ELSE to_timestamp(updated_at / 1000.0) END, $9
         FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::text[], $6::text[], $7::float8[], $8::float8[])
              AS x(id, subject_id, type, t, data, created_by, created_at, updated_at)`,
      [...['id', 'subject_id', 'type', 't', 'data', 'created_by', 'created_at', 'updated_at'].map((k) => col(events, k)), 'origin'],
    );
    const copied = new pg.Client({ connectionString: pgs.urlFor('copy') });
    await copied.connect();
    try {
      const read = async (c: pg.Client) => ({
        observations: (await c.query(`SELECT id, subject_id, metric, t, value, device_id, created_at FROM tend_observations ORDER BY subject_id, id`)).rows,
        events: (await c.query(`SELECT id, subject_id, type, t, data, created_by, created_at, updated_at, deleted_at FROM tend_events ORDER BY subject_id, id`)).rows,
      });
      const viaCopy = await read(copied);
      expect(viaCopy.observations).toHaveLength(42);
      expect(viaCopy).toEqual(await read(old));
      expect(viaCopy.events[0].data).toEqual({ text: AWKWARD });
      expect(viaCopy.observations.find((o: { id: string }) => o.id === '\\N')).toMatchObject({ device_id: null, value: 62 });
      expect((await copied.query(`SELECT name FROM tend_subjects`)).rows).toEqual([{ name: AWKWARD }]);
    } finally {
      await old.end();
      await copied.end();
    }

    // Another install pulls them; its rows, and its latest values, are the pusher's.
    const b = install('b');
    await b.round(pgs.urlFor('copy'));
    const obs = (core: Core) => core.deps.db.$client.prepare(`SELECT id, metric, t, value, device_id FROM observations WHERE subject_id = ? ORDER BY id`).all(s);
    expect(obs(b.core)).toEqual(obs(a.core));
    expect(b.core.observations.latest(s)).toEqual(a.core.observations.latest(s));
    expect(b.core.observations.latest(s).find((o) => o.metric === 'heart_rate')!.id).toBe('\\N');
    const note = b.core.deps.db.$client.prepare(`SELECT data FROM events WHERE subject_id = ?`).pluck().get(s) as string;
    expect(JSON.parse(note)).toEqual({ text: AWKWARD });
  });

  it('a page holding keys the remote already has goes through the merge: those rows keep their copy, origin and seq, the rest arrive, the rest of the batch too', async () => {
    pgs.createDatabase('retry');
    const url = pgs.urlFor('retry');
    const r = install('r');
    const s = r.core.subjects.create(r.ctx, { name: 'Retry', kind: 'diabetes' }).id;
    const reading = (id: string, i: number, value: number) => ({ id, metric: 'glucose', t: new Date(T0 - (20 - i) * 300_000).toISOString(), value });
    r.core.ingest(r.ctx, s, Array.from({ length: 5 }, (_, i) => reading(`g-${i}`, i, 100 + i)));
    expect((await r.round(url)).pushed_new.observations).toBe(5);
    const remote = new pg.Client({ connectionString: url });
    await remote.connect();
    try {
      const rows = async () =>
        (await remote.query(`SELECT id, metric, (extract(epoch FROM t) * 1000)::int8::float8 AS t, value, origin, seq::int AS seq FROM tend_observations WHERE subject_id = $1 ORDER BY id`, [s])).rows as Array<{
          id: string; t: number; value: number; origin: string; seq: number;
        }>;
      const before = await rows();
      // Another install already stored reading n-1 of this person (the same file imported there).
      await remote.query(`INSERT INTO tend_observations (id, subject_id, metric, t, value, created_at, origin) VALUES ('n-1', $1, 'glucose', to_timestamp($2 / 1000.0), 55, now(), 'elsewhere')`, [s, T0 - 10 * 300_000]);
      const theirs = (await rows()).find((x) => x.id === 'n-1')!;
      r.core.ingest(r.ctx, s, [reading('n-1', 10, 111), reading('n-2', 11, 112), reading('n-3', 12, 113)]);
      r.core.events.write(s, { type: 'note', t: new Date(T0).toISOString(), data: { text: 'after' } }, r.ctx.user!.id);
      // The acknowledgement of the first push lost: its rows are queued again, ahead of the new ones.
      r.core.deps.db.$client.exec(`INSERT INTO sync_outbox (entity, row_id, ref) SELECT 'observations', t, json_array(s, m, id) FROM observation_rows WHERE id LIKE 'g-%'`);
      const report = await r.round(url);
      expect(report.pushed.observations).toBe(8);
      expect(report.pushed_new.observations).toBe(2);
      expect(report.pushed_new.events).toBe(1);
      const after = await rows();
      expect(after).toHaveLength(8);
      // What the remote had is untouched: not re-stamped, not re-sequenced, the other install's value kept.
      for (const x of before) expect(after.find((y) => y.id === x.id)).toEqual(x);
      expect(after.find((y) => y.id === 'n-1')).toEqual(theirs);
      const me = (await remote.query(`SELECT id FROM tend_installs WHERE id <> 'elsewhere'`)).rows.map((x: { id: string }) => x.id);
      for (const [id, value, i] of [['n-2', 112, 11], ['n-3', 113, 12]] as const) {
        expect(after.find((y) => y.id === id)).toMatchObject({ value, t: T0 - (20 - i) * 300_000 });
        expect(me).toContain(after.find((y) => y.id === id)!.origin);
      }
      expect((await remote.query(`SELECT data FROM tend_events WHERE subject_id = $1`, [s])).rows).toEqual([{ data: { text: 'after' } }]);
    } finally {
      await remote.end();
    }
  });

  it('stores a reading at a fraction of a millisecond, which ISO text cannot carry, exactly as the merge statement does', async () => {
    pgs.createDatabase('fraction');
    const url = pgs.urlFor('fraction');
    const remote = await Remote.open(url, { id: 'frac', version: 'test', now: T0 });
    const none = { subjects: [], thresholds: [], events: [], observations: [], alerts: [], tremor_minutes: [], cry_episodes: [], event_deletions: [] };
    const t = T0 + 0.25;
    try {
      const batch: Batch = { ...none, observations: [{ id: 'f', subject_id: 's', metric: 'glucose', t, value: 1, device_id: null, created_at: T0 }] };
      expect((await remote.push('frac', batch)).observations).toBe(1);
    } finally {
      await remote.close();
    }
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      expect((await c.query(`SELECT t = to_timestamp($1 / 1000.0) AS same, t <> to_timestamp($2 / 1000.0) AS not_rounded FROM tend_observations`, [t, T0])).rows).toEqual([{ same: true, not_rounded: true }]);
    } finally {
      await c.end();
    }
  });

  it('a page with a reading at a fraction of a millisecond, which COPY binary cannot carry, is sent as rows through a round and stored exactly', async () => {
    pgs.createDatabase('fraction_round');
    const url = pgs.urlFor('fraction_round');
    const f = install('f');
    const s = f.core.subjects.create(f.ctx, { name: 'Fraction', kind: 'diabetes' }).id;
    f.core.ingest(f.ctx, s, [0, 1, 2].map((i) => ({ id: `g-${i}`, metric: 'glucose', t: new Date(T0 - (3 - i) * 300_000).toISOString(), value: 100 + i })));
    // The compact table (migration 0021) holds the reading; the view over it is not updatable.
    f.core.deps.db.$client.prepare(`UPDATE observation_rows SET t = t + 0.25 WHERE s = (SELECT key FROM subject_keys WHERE subject_id = ?) AND id = 'g-1'`).run(s);
    // The page is tried in COPY binary first, which cannot carry the fraction: it goes back and as rows.
    const proto = Outbox.prototype as unknown as { readings: (lo: number, hi: number) => ReadingSource };
    const original = proto.readings;
    let asRows = 0;
    const spy = vi.spyOn(proto, 'readings').mockImplementation(function (this: unknown, lo: number, hi: number) {
      const source = original.call(this, lo, hi);
      const rows = source.rows.bind(source);
      source.rows = () => (asRows++, rows());
      return source;
    });
    try {
      expect((await f.round(url)).pushed_new.observations).toBe(3);
    } finally {
      spy.mockRestore();
    }
    expect(asRows).toBe(1);
    const local = f.core.deps.db.$client.prepare(`SELECT id, t FROM observations WHERE subject_id = ? ORDER BY id`).all(s) as Array<{ id: string; t: number }>;
    expect(local[1]!.t % 1).toBe(0.25);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      for (const x of local) {
        const r = await c.query(`SELECT t = to_timestamp($2 / 1000.0) AS same FROM tend_observations WHERE subject_id = $1 AND id = $3`, [s, x.t, x.id]);
        expect(r.rows, x.id).toEqual([{ same: true }]);
      }
    } finally {
      await c.end();
    }
  });

  it('a push whose connection dies in the middle of its COPY stream stores none of that page; the next round sends every reading once', async () => {
    pgs.createDatabase('cut_stream');
    const url = pgs.urlFor('cut_stream');
    const k = install('k');
    const s = k.core.subjects.create(k.ctx, { name: 'Cut', kind: 'diabetes' }).id;
    await k.round(url);
    // Several slices of one page: the cut comes after the first slices were read and sent, while later ones are still being read.
    const n = 10_000;
    k.core.ingest(k.ctx, s, Array.from({ length: n }, (_, i) => ({ id: `c-${i}`, metric: 'glucose', t: new Date(T0 - (n - i) * 60_000).toISOString(), value: 70 + (i % 200) })));
    const remote = new pg.Client({ connectionString: url });
    await remote.connect();
    try {
      // The remote's connection dies at the 6,000th reading it stores (a sequence: the trap fires once, whatever rolls back).
      await remote.query(
        `CREATE SEQUENCE cut_once;
         CREATE FUNCTION cut() RETURNS trigger LANGUAGE plpgsql AS $$
           BEGIN IF nextval('cut_once') = 6000 THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF; RETURN NEW; END $$;
         CREATE TRIGGER cut BEFORE INSERT ON tend_observations FOR EACH ROW EXECUTE FUNCTION cut()`,
      );
      const queued = new Outbox(k.core.deps.db).pending();
      await expect(k.round(url)).rejects.toThrow();
      expect(Number((await remote.query(`SELECT last_value FROM cut_once`)).rows[0].last_value)).toBeGreaterThanOrEqual(6000);
      expect(Number((await remote.query(`SELECT COUNT(*) AS n FROM tend_observations`)).rows[0].n)).toBe(0);
      expect(new Outbox(k.core.deps.db).pending()).toBe(queued);

      const resumed = await k.round(url);
      expect(resumed.pushed.observations).toBe(n);
      expect(resumed.pushed_new.observations).toBe(n);
      expect(new Outbox(k.core.deps.db).pending()).toBe(0);
      const stored = (await remote.query(`SELECT id, (extract(epoch FROM t) * 1000)::int8::float8 AS t, value FROM tend_observations WHERE subject_id = $1 ORDER BY id`, [s])).rows;
      const local = k.core.deps.db.$client.prepare(`SELECT id, t, value FROM observations WHERE subject_id = ? ORDER BY id`).all(s);
      expect(stored).toHaveLength(n);
      expect(stored).toEqual(local);
      expect((await k.round(url)).pushed.observations).toBe(0);
    } finally {
      await remote.end();
    }
  }, 120_000);

  it('readings at the edges of what COPY binary carries (before 1970, either side of 2000, years 0 and 9999) go in binary and are stored to the exact millisecond', async () => {
    pgs.createDatabase('edges');
    const url = pgs.urlFor('edges');
    const e = install('e');
    const s = e.core.subjects.create(e.ctx, { name: 'Edges', kind: 'diabetes' }).id;
    // The last an hour before the end of 9999: its created_at, a few minutes after it, must stay in that year too.
    const edges = [-62_167_219_200_000, -1, 946_684_799_999, 946_684_800_001, 10_000_000_000_000, 253_402_297_199_999];
    e.core.ingest(e.ctx, s, edges.map((_, i) => ({ id: `x-${i}`, metric: 'glucose', t: new Date(T0 - (i + 1) * 60_000).toISOString(), value: 100.125 + i })));
    // Times ingest would refuse as implausible, set on the compact table (the view over it is not updatable).
    const set = e.core.deps.db.$client.prepare(`UPDATE observation_rows SET t = ? WHERE s = (SELECT key FROM subject_keys WHERE subject_id = ?) AND id = ?`);
    edges.forEach((t, i) => set.run(t, s, `x-${i}`));
    const local = e.core.deps.db.$client.prepare(`SELECT id, t, value, created_at FROM observations WHERE subject_id = ? ORDER BY id`).all(s) as Array<{ id: string; t: number; value: number; created_at: number }>;
    expect(local.map((x) => x.t)).toEqual(edges);

    const outbox = new Outbox(e.core.deps.db);
    outbox.enable();
    const page = outbox.page(1000)!;
    const readings = page.batch.readings!;
    let asRows = 0;
    const rows = readings.rows.bind(readings);
    readings.rows = () => (asRows++, rows());
    const remote = await Remote.open(url, { id: 'edges', version: 'test', now: T0 });
    try {
      expect((await remote.push('edges', page.batch)).observations).toBe(edges.length);
    } finally {
      await remote.close();
    }
    expect(asRows).toBe(0);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      for (const x of local) {
        // extract(epoch) is exact numeric (PostgreSQL 14 on); to_timestamp(ms / 1000.0) goes through a double and is a microsecond off near 9999.
        const r = await c.query(
          `SELECT extract(epoch FROM t) * 1000 = $2::numeric AS t, extract(epoch FROM created_at) * 1000 = $3::numeric AS created_at, value
             FROM tend_observations WHERE subject_id = $1 AND id = $4`,
          [s, String(x.t), String(x.created_at), x.id],
        );
        expect(r.rows, x.id).toEqual([{ t: true, created_at: true, value: x.value }]);
      }
    } finally {
      await c.end();
    }
  });

  it('a reading queued twice in one page is stored once, and counted once', async () => {
    pgs.createDatabase('twice');
    const url = pgs.urlFor('twice');
    const w = install('w');
    const s = w.core.subjects.create(w.ctx, { name: 'Twice', kind: 'diabetes' }).id;
    await w.round(url);
    w.core.ingest(w.ctx, s, [0, 1, 2].map((i) => ({ id: `t-${i}`, metric: 'glucose', t: new Date(T0 - (3 - i) * 300_000).toISOString(), value: 100 + i })));
    w.core.deps.db.$client.exec(`INSERT INTO sync_outbox (entity, row_id, ref) SELECT 'observations', t, json_array(s, m, id) FROM observation_rows WHERE id = 't-1'`);
    const report = await w.round(url);
    expect(report.pushed.observations).toBe(3);
    expect(report.pushed_new.observations).toBe(3);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      expect((await c.query(`SELECT id, value FROM tend_observations WHERE subject_id = $1 ORDER BY id`, [s])).rows).toEqual([0, 1, 2].map((i) => ({ id: `t-${i}`, value: 100 + i })));
    } finally {
      await c.end();
    }
  });

  it('writes fields in COPY text format: NULL only for null, every special character escaped', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField('a\tb\nc\rd\\e')).toBe('a\\tb\\nc\\rd\\\\e');
    expect(copyField(1.5e-7)).toBe('1.5e-7');
    expect(copyField(Number.NaN)).toBe('NaN');
    expect(copyField(-Infinity)).toBe('-Infinity');
    expect(copyField('plain')).toBe('plain');
  });
});
