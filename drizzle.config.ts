import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes the next numbered migration into db/migrations.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema.ts',
  out: './db/migrations',
});
