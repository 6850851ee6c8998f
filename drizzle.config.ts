import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './src/server/db/schema.ts',
    './src/server/db/schema-projects.ts',
    './src/server/db/schema-feedback.ts',
    './src/server/db/schema-strategic.ts',
  ],
  out: './src/server/db/migrations',
});
