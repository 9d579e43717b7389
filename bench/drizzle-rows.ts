import { and, eq, sql } from 'drizzle-orm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/open';
import type { SqlRow } from '../db/rows';
import { alerts, thresholdTemplates } from '../db/schema';

/**
 * Issue #20: where drizzle's query builder is as fast as prepared raw SQL. Side by side on
 * one SQLite file, the median µs of one query:
 *   templates: a clinician's 20 threshold templates (`templates.list`, which reads through
 *              the builder now) by the builder, by raw SQL prepared on each call (as it
 *              did before) and by a statement prepared once;
 *   alert:     the open alert of one rule among 5,000 (the alert engine's lookup on every
 *              reading, a hot path) by the builder and by the engine's statement prepared once.
 * The builder builds its SQL on every call; where that cost matters against the query's own
 * (a one-row lookup per reading), the hot path keeps its prepared statement.
 */
const r2 = (v: number) => Math.round(v * 100) / 100;
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
/** Median µs per call, measured in batches of `n` after a warm-up. */
function time(fn: () => unknown, n = 200, batches = 40): number {
  for (let i = 0; i < n * 5; i++) fn();
  const per: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    per.push(((performance.now() - t0) * 1000) / n);
  }
  return r2(median(per));
}

export async function benchDrizzleRows(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'tend-bench-drizzle-'));
  const db = openDatabase(join(dir, 'd.db'));
  const c = db.$client;
  try {
    c.prepare(`INSERT INTO users (id, email, name, password_hash, created_at) VALUES ('u1', 'c@x.org', 'C', 'x', 0)`).run();
    c.prepare(`INSERT INTO subjects (id, name, kind, owner_id, created_at, updated_at) VALUES ('s1', 'P', 'diabetes', 'u1', 0, 0)`).run();
    const addTemplate = c.prepare(`INSERT INTO threshold_templates (id, owner_id, name, items, version, created_at, updated_at) VALUES (?, 'u1', ?, ?, 1, 0, 0)`);
    const addAlert = c.prepare(`INSERT INTO alerts (id, subject_id, kind, rule_key, priority, state, raised_at) VALUES (?, 's1', 'glucose', ?, 'high', ?, ?)`);
    c.transaction(() => {
      for (let i = 0; i < 20; i++) addTemplate.run(`t${i}`, `template ${i}`, JSON.stringify([{ metric: 'glucose', min: 70, max: 180, priority: 'high' }]));
      for (let i = 0; i < 5000; i++) addAlert.run(`a${i}`, `rule-${i % 50}`, i % 100 === 0 ? 'open' : 'resolved', i);
    })();

    const t = thresholdTemplates;
    const templatesOnce = c.prepare<[string], SqlRow<typeof t>>(`SELECT * FROM threshold_templates WHERE owner_id = ? ORDER BY name, id`);
    const templatesBuilt = db.select().from(t).where(eq(t.ownerId, sql.placeholder('owner'))).orderBy(t.name, t.id).prepare();
    const templates = {
      builder_us: time(() => db.select().from(t).where(eq(t.ownerId, 'u1')).orderBy(t.name, t.id).all()),
      builder_prepared_once_us: time(() => templatesBuilt.all({ owner: 'u1' })),
      raw_prepared_each_call_us: time(() => c.prepare(`SELECT * FROM threshold_templates WHERE owner_id = ? ORDER BY name, id`).all('u1')),
      raw_prepared_once_us: time(() => templatesOnce.all('u1')),
    };
    const a = alerts;
    const openOnce = c.prepare<[string, string], SqlRow<typeof a>>(`SELECT * FROM alerts WHERE subject_id = ? AND rule_key = ? AND state = 'open' ORDER BY raised_at DESC LIMIT 1`);
    const openBuilt = db.select().from(a).where(and(eq(a.subjectId, sql.placeholder('s')), eq(a.ruleKey, sql.placeholder('r')), eq(a.state, 'open'))).orderBy(a.raisedAt).limit(1).prepare();
    const alert = {
      builder_prepared_once_us: time(() => openBuilt.get({ s: 's1', r: 'rule-0' }), 500),
      builder_us: time(() => db.select().from(a).where(and(eq(a.subjectId, 's1'), eq(a.ruleKey, 'rule-0'), eq(a.state, 'open'))).orderBy(a.raisedAt).limit(1).get(), 500),
      raw_prepared_once_us: time(() => openOnce.get('s1', 'rule-0'), 500),
    };
    return {
      templates,
      alert,
      builder_vs_prepared_each_call_templates: r2(templates.builder_us / templates.raw_prepared_each_call_us),
      builder_vs_prepared_once_alert: r2(alert.builder_us / alert.raw_prepared_once_us),
      builder_prepared_vs_raw_prepared_templates: r2(templates.builder_prepared_once_us / templates.raw_prepared_once_us),
      builder_prepared_vs_raw_prepared_alert: r2(alert.builder_prepared_once_us / alert.raw_prepared_once_us),
    };
  } finally {
    c.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
