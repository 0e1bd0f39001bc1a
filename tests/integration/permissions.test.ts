import { describe, expect, it } from "vitest";
import { conversationAccess } from "@/lib/access/conversation";
import { createChannelAction } from "@/lib/actions/channels/create";
import { deleteChannelAction } from "@/lib/actions/channels/delete";
import { reorderChannelsAction } from "@/lib/actions/channels/reorder";
import { updateChannelAction } from "@/lib/actions/channels/update";
import { acceptInviteAction } from "@/lib/actions/invites/accept";
import { createInviteAction } from "@/lib/actions/invites/create";
import { revokeInviteAction } from "@/lib/actions/invites/revoke";
import { banMemberAction } from "@/lib/actions/members/ban";
import { joinServerAction } from "@/lib/actions/members/join";
import { leaveServerAction } from "@/lib/actions/members/leave";
import { removeMemberAction } from "@/lib/actions/members/remove";
import { setMemberRoleAction } from "@/lib/actions/members/set-role";
import { unbanMemberAction } from "@/lib/actions/members/unban";
import { deleteServerAction } from "@/lib/actions/servers/delete";
import { transferOwnershipAction } from "@/lib/actions/servers/transfer-ownership";
import { updateServerAction } from "@/lib/actions/servers/update";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/safe-action";
import { getServerView } from "@/lib/servers/queries";
import { addMember, createChannel, createServer, createUser, signInAs, unique } from "../support/factories";

// Every action against every kind of person, on a public and a private server. Each cell gets a
// fresh server; refusals must leave it exactly as it was. README "Permissions" is this table.

const people = ["owner", "moderator", "member", "nonMember", "banned", "admin"] as const;
type Person = (typeof people)[number];
type Outcome = "ok" | "forbidden" | "not_found" | "conflict";

async function world(visibility: "PUBLIC" | "PRIVATE") {
  const [owner, moderator, member, nonMember, banned, admin, targetMember, targetModerator, bannedTarget] = await Promise.all([
    createUser(), createUser(), createUser(), createUser(), createUser(), createUser({ role: "ADMIN" }), createUser(), createUser(), createUser(),
  ]);
  const server = await createServer(owner, {
    visibility,
    members: [[moderator, "MODERATOR"], [member, "MEMBER"], [targetMember, "MEMBER"], [targetModerator, "MODERATOR"]],
  });
  await addMember(server, banned, "MEMBER", true);
  await addMember(server, bannedTarget, "MEMBER", true);
  const second = await createChannel(server, "second");
  const invite = await db.invite.create({ data: { code: unique("inv"), serverId: server.id } });
  const users: Record<Person, { id: string }> = { owner, moderator, member, nonMember, banned, admin };
  return { server, general: server.channels[0]!, second, invite, users, targetMember, targetModerator, bannedTarget };
}
type World = Awaited<ReturnType<typeof world>>;

/** Everything an action could change, to prove that a refusal changed nothing. */
async function snapshot(w: World) {
  return db.server.findUnique({
    where: { id: w.server.id },
    select: {
      name: true, ownerId: true, memberCount: true, visibility: true,
      channels: { orderBy: { id: "asc" }, select: { id: true, name: true, topic: true, position: true } },
      members: { orderBy: { userId: "asc" }, select: { userId: true, role: true, banned: true } },
      invites: { orderBy: { id: "asc" }, select: { id: true, revokedAt: true, uses: true } },
    },
  });
}

type Row = { action: string; run: (w: World) => Promise<ActionResult<unknown>>; expect: Record<Person, Outcome>; private?: Partial<Record<Person, Outcome>> };

const manage: Record<Person, Outcome> = { owner: "ok", moderator: "forbidden", member: "forbidden", nonMember: "forbidden", banned: "not_found", admin: "ok" };
const moderate: Record<Person, Outcome> = { owner: "ok", moderator: "ok", member: "forbidden", nonMember: "forbidden", banned: "not_found", admin: "ok" };
/** On a private server, outsiders (and banned users) are told it doesn't exist; admins still moderate. */
const hidden = { nonMember: "not_found", banned: "not_found" } as const;

const table: Row[] = [
  {
    action: "edit the server",
    run: (w) => updateServerAction({ serverId: w.server.id, name: "Edited", categoryId: w.server.categoryId, visibility: w.server.visibility }),
    expect: manage,
    private: hidden,
  },
  { action: "delete the server", run: (w) => deleteServerAction({ serverId: w.server.id }), expect: manage, private: hidden },
  {
    action: "hand over ownership",
    run: (w) => transferOwnershipAction({ serverId: w.server.id, userId: w.targetMember.id }),
    expect: { ...manage, admin: "forbidden" },
    private: { ...hidden, admin: "not_found" },
  },
  {
    action: "join (public: one click)",
    run: (w) => joinServerAction({ serverId: w.server.id }),
    expect: { owner: "ok", moderator: "ok", member: "ok", nonMember: "ok", banned: "not_found", admin: "ok" },
    private: { ...hidden, admin: "not_found" },
  },
  {
    action: "join with an invite link",
    run: (w) => acceptInviteAction({ code: w.invite.code }),
    expect: { owner: "ok", moderator: "ok", member: "ok", nonMember: "ok", banned: "not_found", admin: "ok" },
  },
  {
    action: "leave",
    run: (w) => leaveServerAction({ serverId: w.server.id }),
    expect: { owner: "conflict", moderator: "ok", member: "ok", nonMember: "forbidden", banned: "not_found", admin: "forbidden" },
    private: { ...hidden, admin: "not_found" },
  },
  { action: "add a channel", run: (w) => createChannelAction({ serverId: w.server.id, name: "new channel" }), expect: moderate, private: hidden },
  { action: "rename a channel / set its topic", run: (w) => updateChannelAction({ channelId: w.second.id, name: "renamed", topic: "A topic" }), expect: moderate, private: hidden },
  { action: "reorder channels", run: (w) => reorderChannelsAction({ serverId: w.server.id, channelIds: [w.second.id, w.general.id] }), expect: moderate, private: hidden },
  { action: "delete a channel", run: (w) => deleteChannelAction({ channelId: w.second.id }), expect: moderate, private: hidden },
  { action: "create an invite link", run: (w) => createInviteAction({ serverId: w.server.id, expiresInMinutes: 60, maxUses: 5 }), expect: moderate, private: hidden },
  { action: "revoke an invite link", run: (w) => revokeInviteAction({ inviteId: w.invite.id }), expect: moderate, private: hidden },
  { action: "remove a member", run: (w) => removeMemberAction({ serverId: w.server.id, userId: w.targetMember.id }), expect: moderate, private: hidden },
  { action: "ban a member", run: (w) => banMemberAction({ serverId: w.server.id, userId: w.targetMember.id }), expect: moderate, private: hidden },
  {
    action: "remove a moderator",
    run: (w) => removeMemberAction({ serverId: w.server.id, userId: w.targetModerator.id }),
    expect: { ...moderate, moderator: "forbidden" },
    private: hidden,
  },
  {
    action: "ban a moderator",
    run: (w) => banMemberAction({ serverId: w.server.id, userId: w.targetModerator.id }),
    expect: { ...moderate, moderator: "forbidden" },
    private: hidden,
  },
  {
    action: "remove or ban the owner",
    run: (w) => banMemberAction({ serverId: w.server.id, userId: w.server.ownerId }),
    expect: { ...moderate, owner: "forbidden", moderator: "forbidden", admin: "forbidden" },
    private: hidden,
  },
  { action: "lift a ban", run: (w) => unbanMemberAction({ serverId: w.server.id, userId: w.bannedTarget.id }), expect: moderate, private: hidden },
  {
    action: "make a member moderator",
    run: (w) => setMemberRoleAction({ serverId: w.server.id, userId: w.targetMember.id, role: "MODERATOR" }),
    expect: manage,
    private: hidden,
  },
];

function outcome(result: ActionResult<unknown>): Outcome | string {
  return result.ok ? "ok" : result.error.code;
}

for (const visibility of ["PUBLIC", "PRIVATE"] as const) {
  describe(`permissions on a ${visibility.toLowerCase()} server`, () => {
    for (const row of table) {
      const expected = visibility === "PUBLIC" ? row.expect : { ...row.expect, ...row.private };
      it.each(people.map((person) => [person, expected[person]] as const))(`${row.action}: %s → %s`, async (person, want) => {
        const w = await world(visibility);
        const session = await signInAs(w.users[person]);
        const before = await snapshot(w);
        const result = await session.run(() => row.run(w));
        expect(outcome(result), JSON.stringify(result)).toBe(want);
        if (want !== "ok") expect(await snapshot(w)).toEqual(before);
      });
    }
  });
}

describe("reading and posting", () => {
  const read: Record<"PUBLIC" | "PRIVATE", Record<Person, { read: boolean; post?: boolean; moderate?: boolean }>> = {
    PUBLIC: {
      owner: { read: true, post: true, moderate: true },
      moderator: { read: true, post: true, moderate: true },
      member: { read: true, post: true, moderate: false },
      nonMember: { read: true, post: false, moderate: false },
      banned: { read: false },
      admin: { read: true, post: false, moderate: true },
    },
    PRIVATE: {
      owner: { read: true, post: true, moderate: true },
      moderator: { read: true, post: true, moderate: true },
      member: { read: true, post: true, moderate: false },
      nonMember: { read: false },
      banned: { read: false },
      admin: { read: false },
    },
  };
  for (const visibility of ["PUBLIC", "PRIVATE"] as const) {
    it.each(people)(`${visibility.toLowerCase()} server: %s`, async (person) => {
      const w = await world(visibility);
      const user = await db.user.findUniqueOrThrow({ where: { id: w.users[person].id } });
      const view = await getServerView(user, w.server.slug);
      const access = await conversationAccess(user, w.general.conversationId);
      const want = read[visibility][person];
      expect(view !== null).toBe(want.read);
      expect(access !== null).toBe(want.read);
      if (want.read) expect(access).toMatchObject({ canPost: want.post, canModerate: want.moderate });
    });
  }
});
