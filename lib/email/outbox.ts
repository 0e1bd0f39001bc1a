import "server-only";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// Development only: with no RESEND_API_KEY, emails are written here instead of being sent,
// and /dev/mail lists them. Files, not a table, so nothing of this exists in production.

export type OutboxEmail = { id: string; to: string; subject: string; html: string; text: string; sentAt: string };

const dir = () => path.join(process.cwd(), ".data/outbox");

export async function saveToOutbox(email: Omit<OutboxEmail, "id" | "sentAt">): Promise<OutboxEmail> {
  const sentAt = new Date().toISOString();
  const saved = { ...email, id: `${sentAt.replace(/[:.]/g, "-")}-${crypto.randomUUID().slice(0, 8)}`, sentAt };
  await mkdir(dir(), { recursive: true });
  await writeFile(path.join(dir(), `${saved.id}.json`), JSON.stringify(saved, null, 2));
  return saved;
}

export async function listOutbox(limit = 50): Promise<OutboxEmail[]> {
  const files = await readdir(dir()).catch(() => [] as string[]);
  const newest = files.filter((f) => f.endsWith(".json")).sort().reverse().slice(0, limit);
  return Promise.all(newest.map(async (f) => JSON.parse(await readFile(path.join(dir(), f), "utf8")) as OutboxEmail));
}
