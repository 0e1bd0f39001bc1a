import "server-only";
import { channelOpenSql } from "@/lib/access/channel-read";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send";
import { DigestEmail, type DigestItem } from "@/lib/email/templates/digest";
import { env } from "@/lib/env";
import { alerts, effectiveNotify } from "@/lib/notifications/levels";
import { DEFAULT_PREFERENCES } from "@/lib/notifications/preferences";
import { isQuietAt } from "@/lib/notifications/quiet-hours";
import { resultHref, placeLabel } from "@/lib/search/href";
import { placesOf } from "@/lib/search/places";
import type { NotifyLevel } from "@/lib/zod/notifications";

// The email digest: mentions of a person and direct messages to them, still unread their digest
// delay (30 minutes by default) after they were sent, at most one email an hour, each message told
// once. Run by a scheduled route; a run that fires twice, or two runs at once, send each email once:
// a person's digest is claimed by one conditional write (digestSentAt older than an hour) before it
// is sent, and the claim moves digestThrough past the messages it covers. What the person's
// settings for a conversation and its server silence (muted, nothing, mentions only for a direct
// message) is dropped by lib/notifications/levels.ts after the query, so those rows still count
// toward MAX_ROWS.

const HORIZON_MS = 24 * 60 * 60_000; // older than a day is not "what you just missed"
const MIN_DELAY_MINUTES = 15;
const LISTED = 20;
const MAX_ROWS = 5_000; // per run: the rest waits for the next one

type Missed = {
  userId: string;
  messageId: string;
  kind: "mention" | "direct";
  conversationId: string;
  seq: number;
  createdAt: Date;
  body: string;
  author: string;
  email: string;
  fullName: string;
  timeZone: string | null;
  quietStart: number | null;
  quietEnd: number | null;
  digestSentAt: Date | null;
  digestThrough: Date | null;
  // The person's settings for the conversation and its server (null: none).
  ownLevel: NotifyLevel | null;
  ownMutedUntil: Date | null;
  serverLevel: NotifyLevel | null;
  serverMutedUntil: Date | null;
};

export async function sendDigests(now = new Date()): Promise<{ sent: number; skipped: number }> {
  const rows = (await missedMessages(now)).filter((row) => alertsFor(row, now));
  const byUser = new Map<string, Missed[]>();
  for (const row of rows) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  let sent = 0;
  let skipped = 0;
  for (const missed of byUser.values()) {
    const person = missed[0]!;
    const zone = { timeZone: person.timeZone ?? DEFAULT_PREFERENCES.timeZone, quietStart: person.quietStart, quietEnd: person.quietEnd };
    if (isQuietAt(zone, now)) {
      skipped++; // after the quiet hours: the watermark has not moved, so nothing is lost
      continue;
    }
    const through = new Date(Math.max(...missed.map((m) => m.createdAt.getTime())));
    if (!(await claim(person.userId, now, through))) {
      skipped++;
      continue;
    }
    try {
      await sendEmail({ to: person.email, subject: subjectFor(missed), body: await emailFor(person, missed) });
      sent++;
    } catch (error) {
      await release(person, now);
      console.error(`digest for ${person.userId} not sent:`, error);
    }
  }
  return { sent, skipped };
}

/** Whether the person's settings for the message's conversation let it alert them (lib/notifications/levels.ts). */
function alertsFor(row: Missed, now: Date): boolean {
  const own = { level: row.ownLevel, mutedUntil: row.ownMutedUntil };
  const server = row.serverLevel ? { level: row.serverLevel, mutedUntil: row.serverMutedUntil } : null;
  return alerts(effectiveNotify(own, server, now.getTime()), row.kind === "mention");
}

/** Unread mentions and direct messages past each person's delay and watermark, one row per message (a mention wins), with the person's settings for it. */
async function missedMessages(now: Date): Promise<Missed[]> {
  const horizon = new Date(now.getTime() - HORIZON_MS);
  const latest = new Date(now.getTime() - MIN_DELAY_MINUTES * 60_000);
  const hourAgo = new Date(now.getTime() - 60 * 60_000);
  return db.$queryRaw<Missed[]>`
    SELECT DISTINCT ON (x."userId", m."id")
      x."userId", m."id" AS "messageId", x."kind", m."conversationId", m."seq", m."createdAt", m."body",
      a."fullName" AS "author", u."email", u."fullName", p."timeZone", p."quietStart", p."quietEnd", p."digestSentAt", p."digestThrough",
      ns."level" AS "ownLevel", ns."mutedUntil" AS "ownMutedUntil", sns."level" AS "serverLevel", sns."mutedUntil" AS "serverMutedUntil"
    FROM (
      SELECT mn."userId", mn."messageId", 'mention' AS "kind" FROM "Mention" mn
      WHERE mn."createdAt" > ${horizon} AND mn."createdAt" <= ${latest}
      UNION ALL
      SELECT tp."userId", dm."id", 'direct' FROM "Message" dm
      JOIN "Thread" t ON t."conversationId" = dm."conversationId"
      JOIN "ThreadParticipant" tp ON tp."threadId" = t."id"
      WHERE dm."createdAt" > ${horizon} AND dm."createdAt" <= ${latest}
    ) x
    JOIN "Message" m ON m."id" = x."messageId"
    JOIN "User" u ON u."id" = x."userId" AND u."status" = 'ACTIVE'
    JOIN "User" a ON a."id" = m."authorId"
    LEFT JOIN "NotificationPreference" p ON p."userId" = x."userId"
    LEFT JOIN "Receipt" r ON r."conversationId" = m."conversationId" AND r."userId" = x."userId"
    LEFT JOIN "NotificationSetting" ns ON ns."conversationId" = m."conversationId" AND ns."userId" = x."userId"
    LEFT JOIN "Channel" ch ON ch."conversationId" = m."conversationId"
    LEFT JOIN "ServerNotificationSetting" sns ON sns."serverId" = ch."serverId" AND sns."userId" = x."userId"
    WHERE m."deletedAt" IS NULL AND m."authorId" <> x."userId"
      AND m."seq" > COALESCE(r."readSeq", 0)
      AND (p."userId" IS NULL OR p."digestDelayMinutes" IS NOT NULL)
      AND m."createdAt" <= ${now}::timestamp - make_interval(mins => COALESCE(p."digestDelayMinutes", ${DEFAULT_PREFERENCES.digestDelayMinutes}))
      AND m."createdAt" > COALESCE(p."digestThrough", ${horizon})
      AND (p."digestSentAt" IS NULL OR p."digestSentAt" <= ${hourAgo})
      AND NOT EXISTS (SELECT 1 FROM "UserBlock" b WHERE b."blockerId" = x."userId" AND b."blockedId" = m."authorId")
      -- A message request (or an ignored one) tells nothing until accepted.
      AND NOT EXISTS (
        SELECT 1 FROM "Thread" rt JOIN "ThreadParticipant" rp ON rp."threadId" = rt."id"
        WHERE rt."conversationId" = m."conversationId" AND rp."userId" = x."userId" AND rp."status" <> 'ACCEPTED'
      )
      AND NOT EXISTS (
        SELECT 1 FROM "Channel" c WHERE c."conversationId" = m."conversationId"
        AND NOT EXISTS (SELECT 1 FROM "ServerMember" sm WHERE sm."serverId" = c."serverId" AND sm."userId" = x."userId" AND NOT sm."banned"
          AND ${channelOpenSql(Prisma.raw("c"), Prisma.raw("sm"))})
      )
    ORDER BY x."userId", m."id", x."kind" DESC
    LIMIT ${MAX_ROWS}`;
}

/** Takes this person's digest for this run, or false when another run sent one within the hour. */
async function claim(userId: string, now: Date, through: Date): Promise<boolean> {
  const hourAgo = new Date(now.getTime() - 60 * 60_000);
  const claimed = await db.$queryRaw<{ userId: string }[]>`
    INSERT INTO "NotificationPreference" ("userId", "digestSentAt", "digestThrough", "updatedAt")
    VALUES (${userId}, ${now}, ${through}, ${now})
    ON CONFLICT ("userId") DO UPDATE SET "digestSentAt" = EXCLUDED."digestSentAt", "digestThrough" = EXCLUDED."digestThrough", "updatedAt" = EXCLUDED."updatedAt"
    WHERE "NotificationPreference"."digestSentAt" IS NULL OR "NotificationPreference"."digestSentAt" <= ${hourAgo}
    RETURNING "userId"`;
  return claimed.length === 1;
}

/** The email could not be sent: the next run tries again. */
async function release(person: Missed, now: Date): Promise<void> {
  await db.notificationPreference.updateMany({
    where: { userId: person.userId, digestSentAt: now },
    data: { digestSentAt: person.digestSentAt, digestThrough: person.digestThrough },
  });
}

function subjectFor(missed: Missed[]): string {
  const mentions = missed.filter((m) => m.kind === "mention").length;
  const direct = missed.length - mentions;
  const parts = [mentions && `${mentions} ${mentions === 1 ? "mention" : "mentions"}`, direct && `${direct} direct ${direct === 1 ? "message" : "messages"}`].filter(Boolean);
  return `You have ${parts.join(" and ")} on Chatsphere`;
}

async function emailFor(person: Missed, missed: Missed[]) {
  const newestFirst = [...missed].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const listed = newestFirst.slice(0, LISTED);
  const places = await placesOf(person.userId, [...new Set(listed.map((m) => m.conversationId))]);
  const base = env().APP_URL;
  const items: DigestItem[] = listed.flatMap((m) => {
    const place = places.get(m.conversationId);
    if (!place) return [];
    const text = m.body.replace(/\s+/g, " ").trim();
    const excerpt = text.length > 140 ? `${text.slice(0, 139)}…` : text || "(a file)";
    return [{ kind: m.kind, author: m.author, place: placeLabel(place), excerpt, url: new URL(resultHref(place, m.seq), base).toString() }];
  });
  return DigestEmail({ name: person.fullName, items, more: missed.length - items.length, settingsUrl: new URL("/settings#notifications", base).toString() });
}
