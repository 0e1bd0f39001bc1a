import "server-only";
import { can, requireServer, type Actor } from "@/lib/access/server";
import { db } from "@/lib/db";
import { requireOutrankedMember } from "@/lib/members/target";
import { TIME_OUT_DURATIONS, type TimeOutMemberInput } from "@/lib/zod/moderation";

/**
 * Times a member out (they keep reading but cannot post or react until it ends), or lifts it.
 * Same rank rules as banning: moderators time out members, the owner also moderators.
 */
export async function timeOutMember(actor: Actor, input: TimeOutMemberInput) {
  const access = await requireServer(actor, input.serverId, can.moderate, "Only the owner and moderators can time members out.");
  const until = input.duration === "lift" ? null : new Date(Date.now() + TIME_OUT_DURATIONS[input.duration] * 1000);
  await db.$transaction(async (tx) => {
    await requireOutrankedMember(tx, access, input.userId);
    await tx.serverMember.update({ where: { serverId_userId: { serverId: access.server.id, userId: input.userId } }, data: { timedOutUntil: until } });
  });
  return { serverId: access.server.id, userId: input.userId, timedOutUntil: until?.toISOString() ?? null };
}
