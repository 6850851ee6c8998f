import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './src/server/db/schema.ts',
    './src/server/db/schema-projects.ts',
    './src/server/db/schema-feedback.ts',
    './src/server/db/schema-strategic.ts',
    './src/server/db/schema-participation.ts',
    './src/server/db/schema-safety.ts',
    './src/server/db/schema-services.ts',
    './src/server/db/schema-capacity.ts',
  ],
  out: './src/server/db/migrations',
});
