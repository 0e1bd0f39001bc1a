import "server-only";
import { randomBytes } from "node:crypto";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import { inviteUrl } from "@/lib/invites/url";
import type { CreateInviteInput } from "@/lib/zod/invites";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

/** 10 characters from 57: about 58 bits, not guessable by trying. */
function inviteCode(): string {
  return Array.from(randomBytes(10), (byte) => ALPHABET[byte % ALPHABET.length]).join("");
}

/** An invite link to a server (owner, moderators, admins), optionally expiring and limited in uses. */
export async function createInvite(actor: Actor, input: CreateInviteInput) {
  const { server } = await requireServer(actor, input.serverId, can.moderate, "Only the owner and moderators can create invite links.");
  const invite = await db.invite.create({
    data: {
      code: inviteCode(),
      serverId: server.id,
      createdById: actor.id,
      expiresAt: input.expiresInMinutes > 0 ? new Date(Date.now() + input.expiresInMinutes * 60_000) : null,
      maxUses: input.maxUses > 0 ? input.maxUses : null,
    },
    select: { id: true, code: true, expiresAt: true, maxUses: true, uses: true },
  });
  return { ...invite, url: inviteUrl(invite.code) };
}
