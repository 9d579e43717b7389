import { getTableConfig, SQLiteTable, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { is, SQL } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import * as schema from './schema';

interface ColumnFacts {
  name: string;
  type: string;
  notNull: boolean;
  /** 1-based position in the primary key; 0 when not part of it. */
  pk: number;
  default: string | null;
}

const tables: SQLiteTable[] = Object.values(schema).filter((v) => is(v, SQLiteTable));

function declared(table: SQLiteTable): ColumnFacts[] {
  const cfg = getTableConfig(table);
  const composite = cfg.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
  return cfg.columns.map((c: SQLiteColumn) => ({
    name: c.name,
    type: c.getSQLType().toUpperCase(),
    notNull: c.notNull,
    pk: c.primary ? 1 : composite.indexOf(c.name) + 1,
    default: defaultSql(c),
  }));
}

/** The default as SQLite's PRAGMA spells it: literals quoted the way a migration writes them. */
function defaultSql(c: SQLiteColumn): string | null {
  if (!c.hasDefault || c.default === undefined) return null;
  const d: unknown = c.default;
  if (is(d, SQL)) return d.queryChunks.map((q) => (q as { value?: string[] }).value?.join('') ?? '').join('');
  if (typeof d === 'string') return `'${d.replaceAll("'", "''")}'`;
  return String(d);
}

describe('db/schema.ts', () => {
  // The schema file is what drizzle's typed queries and every row type ($inferSelect) are
  // built from; the migrations are what the database really is. Compare them column by column
  // so a migration that adds or changes a column without the schema file fails here.
  const db = openDatabase(':memory:');
  const c = db.$client;
  const real = (c.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_drizzle%' ESCAPE '\\' ORDER BY name`).pluck().all() as string[]);

  it('declares every table the migrations create, and no other', () => {
    expect(tables.map((t) => getTableConfig(t).name).sort()).toEqual(real);
  });

  it.each(real)('declares the migrated columns of %s: names, types, NOT NULL, primary key and defaults', (name) => {
    const table = tables.find((t) => getTableConfig(t).name === name);
    expect(table, `db/schema.ts has no table ${name}`).toBeDefined();
    const migrated = (c.prepare(`SELECT name, type, "notnull", pk, dflt_value FROM pragma_table_info(?) ORDER BY cid`).all(name) as Array<{ name: string; type: string; notnull: number; pk: number; dflt_value: string | null }>)
      .map((r): ColumnFacts => ({ name: r.name, type: r.type.toUpperCase(), notNull: r.notnull === 1, pk: r.pk, default: r.dflt_value }));
    const byName = (a: ColumnFacts, b: ColumnFacts) => a.name.localeCompare(b.name);
    expect(declared(table!).sort(byName)).toEqual(migrated.sort(byName));
  });
});
