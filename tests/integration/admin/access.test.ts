import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/safe-action";
import { actor, createCategory, createServer, createThread, createUser } from "../../support/factories";

// Every server action under lib/actions/admin, found by file so that a new one can't be
// forgotten here: each must answer "not found" to anyone who isn't a platform admin.
const modules = import.meta.glob<Record<string, unknown>>("/lib/actions/admin/*.ts", { eager: true });
const actions = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === "function")
    .map(([name, fn]) => ({ file, name, call: fn as (input: unknown) => Promise<ActionResult<unknown>> })),
);

async function world() {
  const owner = await actor();
  const moderator = await actor();
  const member = await actor();
  const victim = await createUser({ verified: false });
  const server = await createServer(owner.user, { members: [[moderator.user, "MODERATOR"], [member.user, "MEMBER"], [victim, "MEMBER"]] });
  const channel = server.channels[0]!;
  const message = await db.message.create({ data: { conversationId: channel.conversationId, seq: 1, authorId: victim.id, clientId: "m1", body: "spam" } });
  const thread = await createThread([owner.user, member.user]);
  const category = await createCategory();
  const other = await createCategory();
  // A plausible, valid input for every admin action, aimed at real things.
  const inputs: Record<string, unknown> = {
    suspendUsersAction: { userIds: [victim.id] },
    deleteUsersAction: { userIds: [victim.id] },
    resendVerificationAction: { userId: victim.id },
    forcePasswordResetAction: { userId: victim.id },
    reactivateUserAction: { userId: victim.id },
    verifyUserEmailAction: { userId: victim.id },
    setUserRoleAction: { userId: member.user.id, role: "ADMIN" },
    findUsersAction: { q: victim.username },
    createCategoryAction: { name: "Hijacked", slug: "hijacked" },
    updateCategoryAction: { categoryId: category.id, name: "Hijacked", slug: "hijacked" },
    reorderCategoriesAction: { categoryIds: [other.id, category.id] },
    deleteCategoryAction: { categoryId: category.id },
    updateServerAction: { serverId: server.id, name: "Hijacked", slug: "hijacked", description: "", icon: "", visibility: "PRIVATE", categoryId: other.id },
    updateChannelAction: { channelId: channel.id, name: "hijacked", slug: "hijacked", topic: "" },
    deleteThreadAction: { threadId: thread.id },
    createThreadAction: { userIds: [moderator.user.id, member.user.id] },
    deleteMessageAction: { messageId: message.id },
    deleteServerAction: { serverId: server.id },
    deleteChannelAction: { channelId: channel.id },
    transferServerAction: { serverId: server.id, userId: member.user.id },
    banMemberAction: { serverId: server.id, userId: victim.id },
  };
  const snapshot = () =>
    Promise.all([
      db.user.findMany({ where: { id: { in: [victim.id, member.user.id] } }, select: { role: true, status: true, emailVerifiedAt: true, passwordHash: true } }),
      db.userToken.count({ where: { userId: victim.id } }),
      db.server.findUnique({ where: { id: server.id }, select: { name: true, slug: true, ownerId: true } }),
      db.channel.findUnique({ where: { id: channel.id }, select: { name: true } }),
      db.category.findMany({ where: { id: { in: [category.id, other.id] } }, select: { name: true, position: true } }),
      db.thread.findUnique({ where: { id: thread.id }, select: { id: true } }),
      db.threadParticipant.count({ where: { userId: { in: [victim.id, member.user.id] } } }),
      db.message.findUnique({ where: { id: message.id }, select: { body: true, deletedAt: true } }),
      db.serverMember.findMany({ where: { serverId: server.id }, select: { userId: true, role: true, banned: true } }),
    ]);
  return { owner, moderator, member, inputs, snapshot };
}

describe("admin actions refuse everyone but admins", () => {
  it("finds the admin actions", () => {
    expect(actions.length).toBeGreaterThanOrEqual(12);
  });

  it("answers not_found to a server owner, a moderator and a member, changing nothing and recording nothing", async () => {
    const { owner, moderator, member, inputs, snapshot } = await world();
    const missing = actions.filter((a) => !(a.name in inputs)).map((a) => `${a.file}: ${a.name}`);
    expect(missing, "give every admin action an input in this test").toEqual([]);
    const before = await snapshot();
    for (const who of [owner, moderator, member]) {
      for (const action of actions) {
        const result = await who.run(() => action.call(inputs[action.name]));
        expect(result, `${action.name} as ${who.user.username}`).toMatchObject({ ok: false, error: { code: "not_found" } });
      }
    }
    expect(await snapshot()).toEqual(before);
    expect(await db.auditLog.count({ where: { actorId: { in: [owner.user.id, moderator.user.id, member.user.id] } } })).toBe(0);
  });

  it("answers unauthorized when signed out", async () => {
    const { inputs } = await world();
    for (const action of actions) {
      expect(await action.call(inputs[action.name]), action.name).toMatchObject({ ok: false, error: { code: "unauthorized" } });
    }
  });
});
