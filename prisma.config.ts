// Prisma 7 config, used by `prisma generate`. Migrations run through scripts/prisma-migrate.mjs
// (Prisma 6's WebAssembly schema engine; Prisma 7's native engine cannot be downloaded offline).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:54329/postgres" },
});
