import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

const valid = {
  DATABASE_URL: "postgresql://u:p@localhost:5432/db",
  AUTH_SECRET: "x".repeat(32),
  PUSHER_APP_ID: "1",
  PUSHER_KEY: "k",
  PUSHER_SECRET: "s",
};

function problems(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("environment validation", () => {
  it("accepts a complete environment and fills defaults", () => {
    const env = parseEnv(valid);
    expect(env.PUSHER_CLUSTER).toBe("mt1");
    expect(env.PUSHER_USE_TLS).toBe(true);
    expect(env.APP_URL).toBe("http://localhost:3000");
  });

  it("names every missing variable and says how to fix it", () => {
    const found = problems({ ...valid, DATABASE_URL: undefined, AUTH_SECRET: "" });
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^DATABASE_URL is missing\. Set it to a PostgreSQL connection string/);
    expect(found[1]).toMatch(/^AUTH_SECRET is missing\. .*openssl rand -base64 32/);
  });

  it("explains malformed values", () => {
    const found = problems({ ...valid, DATABASE_URL: "mysql://x", PUSHER_PORT: "99999", AUTH_SECRET: "short" });
    expect(found.join("\n")).toContain("DATABASE_URL is invalid (must start with postgresql://)");
    expect(found.join("\n")).toContain("PUSHER_PORT is invalid");
    expect(found.join("\n")).toContain("AUTH_SECRET is invalid (must be at least 32 characters)");
  });

  it("requires Resend in production only", () => {
    expect(problems({ ...valid, NODE_ENV: "production" }).join()).toContain("RESEND_API_KEY is missing");
    expect(problems({ ...valid, NODE_ENV: "development" })).toEqual([]);
  });

  it("requires object storage in production only, and a secret with an access key", () => {
    const production = problems({ ...valid, NODE_ENV: "production", RESEND_API_KEY: "re_x" });
    expect(production).toHaveLength(1);
    expect(production[0]).toMatch(/^S3_BUCKET is missing\. .*npm run dev/);
    expect(problems({ ...valid, NODE_ENV: "production", RESEND_API_KEY: "re_x", S3_BUCKET: "files" })).toEqual([]);
    expect(problems({ ...valid, S3_ACCESS_KEY_ID: "AK" }).join()).toContain("S3_SECRET_ACCESS_KEY is missing");
    expect(parseEnv(valid).UPLOAD_MAX_BYTES).toBe(25 * 1024 * 1024);
  });

  it("formats one readable message without a stack of internals", () => {
    const error = (() => {
      try {
        parseEnv({});
      } catch (e) {
        return e as EnvError;
      }
    })();
    expect(error?.message).toMatch(/^Chatsphere cannot start: the environment is not valid\.\n  • /);
    expect(error?.message).toContain("see .env.example");
  });

  it("can validate just the variables a script needs", () => {
    expect(parseEnv({ DATABASE_URL: valid.DATABASE_URL }, ["DATABASE_URL"])).toEqual({ DATABASE_URL: valid.DATABASE_URL });
  });
});
