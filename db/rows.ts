import type { Table } from 'drizzle-orm';

/**
 * A table's row as raw SQL returns it through better-sqlite3 (`SELECT *`): keyed by column
 * name (snake_case), each value typed from db/schema.ts, which db/schema.integration.test.ts
 * holds to the migrated database. Hot paths keep prepared raw SQL and type their statements
 * with this (`c.prepare<[string], SqlRow<typeof alerts>>(…)`) instead of a hand-written
 * interface. New queries use drizzle's builder (camelCase `$inferSelect` rows), prepared once
 * with placeholders: then as fast as a raw prepared statement, where building the SQL on every
 * call costs 2–3× (bench/drizzle-rows.ts).
 */
export type SqlRow<T extends Table> = {
  [K in keyof T['_']['columns'] & keyof T['$inferSelect'] as T['_']['columns'][K]['_']['name']]: T['$inferSelect'][K];
};
