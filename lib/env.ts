import "server-only";
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
  S3_BUCKET: {
    schema: optionalString,
    hint: "the bucket uploads are stored in (S3, Cloudflare R2 or another S3-compatible store). Required in production; `npm run dev` starts a local store when it is unset.",
  },
  S3_REGION: { schema: z.string().min(1).default("us-east-1"), hint: 'the bucket\'s region, e.g. eu-west-1 ("auto" on R2).' },
  S3_ENDPOINT: {
    schema: z.url().optional(),
    hint: "only for S3-compatible stores other than AWS: the API endpoint, e.g. https://<account>.r2.cloudflarestorage.com.",
  },
  S3_PUBLIC_ENDPOINT: {
    schema: z.url().optional(),
    hint: "the endpoint browsers upload to and download from, when it differs from S3_ENDPOINT; defaults to S3_ENDPOINT.",
  },
  S3_ACCESS_KEY_ID: { schema: optionalString, hint: "the access key id of a key allowed to put, get and delete objects in S3_BUCKET." },
  S3_SECRET_ACCESS_KEY: { schema: optionalString, hint: "the secret of S3_ACCESS_KEY_ID." },
  S3_FORCE_PATH_STYLE: { schema: bool.default(false), hint: "true or false: address the bucket as <endpoint>/<bucket> (MinIO, s3rver) instead of <bucket>.<endpoint>." },
  UPLOAD_MAX_BYTES: {
    schema: z.coerce.number().int().min(1024).max(2_000_000_000).default(25 * 1024 * 1024),
    hint: "the largest file a person may attach, in bytes (default 26214400, 25 MB).",
  },
  UPLOAD_QUOTA_BYTES: {
    schema: z.coerce.number().int().min(1024).default(1024 ** 3),
    hint: "how many bytes of files one person may have stored (default 1073741824, 1 GB).",
  },
  LINK_PREVIEW_TEST_ALLOW: {
    schema: optionalString,
    hint: 'tests only: comma-separated "host:port" sites the link-preview fetcher may reach despite a private address (ignored in production unless APP_URL itself is a loopback address).',
  },
  CRON_SECRET: {
    schema: z.string().min(16, "must be at least 16 characters").optional(),
    hint: "a random string the scheduler sends as `Authorization: Bearer <CRON_SECRET>` to /api/cron/* (Vercel Cron does when it is set).",
  },
  VAPID_PUBLIC_KEY: {
    schema: z.string().regex(/^[A-Za-z0-9_-]{87}$/, "must be a base64url P-256 public key (87 characters)").optional(),
    hint: "the Web Push (VAPID) public key: run `npx web-push generate-vapid-keys`. Unset: no push notifications (`npm run dev` generates a pair into .data/).",
  },
  VAPID_PRIVATE_KEY: {
    schema: z.string().regex(/^[A-Za-z0-9_-]{43}$/, "must be a base64url P-256 private key (43 characters)").optional(),
    hint: "the private half of VAPID_PUBLIC_KEY (from `npx web-push generate-vapid-keys`).",
  },
  VAPID_SUBJECT: {
    schema: z.string().regex(/^(mailto:.+|https:\/\/.+)$/, "must start with mailto: or https://").optional(),
    hint: "how push services reach you about your pushes: mailto:you@your-domain.com or an https:// URL (defaults to APP_URL when it is https, else mailto:admin@localhost).",
  },
  PUSH_SERVICE_ORIGINS: {
    schema: z.string().default(""),
    hint: "only for tests and private push services: comma-separated origins accepted as push endpoints besides the browsers' own push services (e.g. http://127.0.0.1:8099).",
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
    schema: z.coerce.number().int().min(0).max(10).optional(),
    hint: "how many proxies in front of the app append to X-Forwarded-For (1 for one reverse proxy; 2 for a CDN in front of that, …; 0 or unset: none, the header is ignored — except on Vercel, where it is 1).",
  },
  VERCEL: { schema: optionalString, hint: "set by Vercel itself (X-Forwarded-For is then trusted one hop deep)." },
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
  if (!names && result.NODE_ENV === "production" && !result.S3_BUCKET) {
    problems.push(`S3_BUCKET is missing. Set it to ${variables.S3_BUCKET.hint}`);
  }
  if (!names && Boolean(result.VAPID_PUBLIC_KEY) !== Boolean(result.VAPID_PRIVATE_KEY)) {
    const missing = result.VAPID_PUBLIC_KEY ? "VAPID_PRIVATE_KEY" : "VAPID_PUBLIC_KEY";
    problems.push(`${missing} is missing. Set it to ${variables[missing].hint}`);
  }
  if (!names && result.S3_ACCESS_KEY_ID && !result.S3_SECRET_ACCESS_KEY) {
    problems.push(`S3_SECRET_ACCESS_KEY is missing. Set it to ${variables.S3_SECRET_ACCESS_KEY.hint}`);
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
