import { describe, expect, it } from "vitest";
import { conversationAccess } from "@/lib/access/conversation";
import { db } from "@/lib/db";
import { getServerView } from "@/lib/servers/queries";
import { addMember, createServer, createUser } from "../support/factories";

// What each kind of person sees of a server's pages and conversations (the server view and
// conversationAccess, which also signs realtime subscriptions). Who may DO what is the
// authorization matrix: tests/support/security/matrix.ts.

const people = ["owner", "moderator", "member", "nonMember", "banned", "admin"] as const;
type Person = (typeof people)[number];

async function world(visibility: "PUBLIC" | "PRIVATE") {
  const [owner, moderator, member, nonMember, banned, admin] = await Promise.all([
    createUser(), createUser(), createUser(), createUser(), createUser(), createUser({ role: "ADMIN" }),
  ]);
  const server = await createServer(owner, { visibility, members: [[moderator, "MODERATOR"], [member, "MEMBER"]] });
  await addMember(server, banned, "MEMBER", true);
  const users: Record<Person, { id: string }> = { owner, moderator, member, nonMember, banned, admin };
  return { server, general: server.channels[0]!, users };
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
