import { z } from "zod";

// Every environment variable the app reads, validated once. Each entry carries the hint printed
// when it is missing or malformed, so a bad deploy fails with "what to set", not a stack trace.
// .env.example documents the same variables; scripts/dev.ts fills in local defaults.

const optionalString = z.string().trim().min(1).optional();
const port = z.coerce.number().int().min(1).max(65535);
const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

const variables = {
  NODE_ENV: {
    schema: z.enum(["development", "production", "test"]).default("development"),
    hint: "one of development, production, test (set by next itself).",
  },
  DATABASE_URL: {
    schema: z.string().regex(/^postgres(ql)?:\/\//, "must start with postgresql://"),
    hint: "a PostgreSQL connection string, e.g. postgresql://user:pass@host:5432/chatsphere. `npm run dev` starts an embedded database when it is unset.",
  },
  AUTH_SECRET: {
    schema: z.string().min(32, "must be at least 32 characters"),
    hint: "a long random string that signs sessions: run `openssl rand -base64 32`.",
  },
  APP_URL: {
    schema: z.url().default("http://localhost:3000"),
    hint: "the public base URL used in links sent by email, e.g. https://chat.example.com.",
  },
  PUSHER_APP_ID: { schema: z.string().min(1), hint: "your Pusher Channels app id (dashboard → App Keys)." },
  PUSHER_KEY: { schema: z.string().min(1), hint: "your Pusher Channels key (dashboard → App Keys)." },
  PUSHER_SECRET: { schema: z.string().min(1), hint: "your Pusher Channels secret (dashboard → App Keys)." },
  PUSHER_CLUSTER: { schema: z.string().min(1).default("mt1"), hint: "your Pusher cluster, e.g. eu or mt1." },
  PUSHER_HOST: {
    schema: optionalString,
    hint: "only for a self-hosted, Pusher-compatible server such as Soketi: its host name.",
  },
  PUSHER_PORT: { schema: port.optional(), hint: "only with PUSHER_HOST: its port (1–65535)." },
  PUSHER_USE_TLS: { schema: bool.default(true), hint: "true or false: whether to reach PUSHER_HOST over TLS." },
  NEXT_PUBLIC_PUSHER_KEY: { schema: optionalString, hint: "the key browsers use; defaults to PUSHER_KEY." },
  NEXT_PUBLIC_PUSHER_CLUSTER: { schema: optionalString, hint: "the cluster browsers use; defaults to PUSHER_CLUSTER." },
  NEXT_PUBLIC_PUSHER_HOST: {
    schema: optionalString,
    hint: "the host browsers connect to when it differs from PUSHER_HOST; defaults to PUSHER_HOST.",
  },
  NEXT_PUBLIC_PUSHER_PORT: { schema: port.optional(), hint: "the port browsers connect to; defaults to PUSHER_PORT." },
  NEXT_PUBLIC_PUSHER_USE_TLS: { schema: bool.optional(), hint: "true or false; defaults to PUSHER_USE_TLS." },
  RESEND_API_KEY: {
    schema: optionalString,
    hint: "your Resend API key (re_…). Required in production; in development mail goes to the outbox at /dev/mail.",
  },
  RESEND_BASE_URL: { schema: z.url().optional(), hint: "an alternative Resend API base URL (tests use a local one)." },
  EMAIL_FROM: {
    schema: z.string().min(3).default("Chatsphere <no-reply@chatsphere.local>"),
    hint: 'the sender, e.g. "Chatsphere <no-reply@your-domain.com>" on a domain verified in Resend.',
  },
  REDIS_URL: {
    schema: z.string().regex(/^rediss?:\/\//, "must start with redis:// or rediss://").optional(),
    hint: "optional: rate limits use Redis instead of the database when set, e.g. redis://127.0.0.1:6379.",
  },
  API_JWT_SECRET: {
    schema: z.string().min(32, "must be at least 32 characters").optional(),
    hint: "optional: signs API access tokens (defaults to a key derived from AUTH_SECRET). Run `openssl rand -base64 32`.",
  },
  TRUSTED_PROXY_HOPS: {
    schema: z.coerce.number().int().min(1).max(10).default(1),
    hint: "how many proxies in front of the app append to X-Forwarded-For (1 for Vercel or one reverse proxy; 2 for a CDN in front of that, …).",
  },
  CORS_ORIGINS: {
    schema: z.string().default(""),
    hint: "comma-separated origins allowed to call /api/v1 from a browser, e.g. https://app.example.com; empty = same origin only.",
  },
} as const;

type Variables = typeof variables;
export type Env = { [K in keyof Variables]: z.output<Variables[K]["schema"]> };

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(
      "Chatsphere cannot start: the environment is not valid.\n" +
        problems.map((p) => `  • ${p}`).join("\n") +
        "\nSet these in .env (see .env.example) or in your host's environment settings.",
    );
    this.name = "EnvError";
  }
}

type Name = keyof Variables;

/** Validates all variables, or only `names` (scripts that need just the database, say). */
export function parseEnv(source: Record<string, string | undefined>): Env;
export function parseEnv<K extends Name>(source: Record<string, string | undefined>, names: K[]): Pick<Env, K>;
export function parseEnv(source: Record<string, string | undefined>, names?: Name[]) {
  const problems: string[] = [];
  const result: Record<string, unknown> = {};
  const selected = names ?? (Object.keys(variables) as Name[]);
  for (const name of selected) {
    const { schema, hint } = variables[name];
    const raw = source[name] === "" ? undefined : source[name];
    const parsed = (schema as z.ZodType).safeParse(raw);
    if (parsed.success) {
      result[name] = parsed.data;
    } else {
      const what = raw === undefined ? "is missing" : `is invalid (${parsed.error.issues[0]?.message ?? "bad value"})`;
      problems.push(`${name} ${what}. Set it to ${hint}`);
    }
  }
  if (!names && result.NODE_ENV === "production" && !result.RESEND_API_KEY) {
    problems.push(`RESEND_API_KEY is missing. Set it to ${variables.RESEND_API_KEY.hint}`);
  }
  if (problems.length > 0) throw new EnvError(problems);
  return result;
}

let cached: Env | undefined;

/** The validated environment, parsed on first use (so `next build` needs no secrets). */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
