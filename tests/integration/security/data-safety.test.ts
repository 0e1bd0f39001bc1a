import { describe, expect, it, vi } from "vitest";
import { deleteAccountAction } from "@/lib/actions/account/delete-account";
import { deleteServerAction } from "@/lib/actions/servers/delete";
import { updateServerAction } from "@/lib/actions/servers/update";
import { db } from "@/lib/db";
import { putObject, statObject } from "@/lib/files/storage";
import { flushAfter } from "../../support/after";
import { asActor, buildWorld, snapshotWorld, type World } from "../../support/security/world";
import { TEST_PASSWORD } from "../../support/factories";

// Deleting a server or an account happens in one transaction and leaves nothing behind that
// pointed at it. Atomicity is shown by making the last step fail (a trigger refusing the final
// DELETE): everything done before it must be undone.

/** Every column that names a user, found in the live schema so that new tables are checked too. */
async function rowsNamingUser(userId: string): Promise<Record<string, number>> {
  const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_name IN ('userId', 'authorId', 'ownerId', 'createdById', 'actorId')`;
  const counts: Record<string, number> = {};
  for (const { table_name, column_name } of columns) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}" = $1`, userId);
    if (row!.n > 0) counts[`${table_name}.${column_name}`] = row!.n;
  }
  return counts;
}

/** Conversations that neither a channel nor a thread points at any more: unreachable messages. */
async function orphanConversations(ids: string[]) {
  return db.conversation.count({ where: { id: { in: ids }, channel: null, thread: null } });
}

async function withIcon(world: World) {
  const icon = await db.upload.create({ data: { ownerId: world.users.owner.id, contentType: "image/png", size: 1, key: `images/${world.users.owner.id}/${world.tag}-icon` } });
  await putObject(icon.key!, new Uint8Array([0x89]), "image/png");
  await db.server.update({ where: { id: world.server.id }, data: { icon: `/api/uploads/${icon.id}` } });
  await db.receipt.create({ data: { conversationId: world.general.conversationId, userId: world.users.member.id, deliveredSeq: 1, readSeq: 1 } });
  await db.messageHidden.create({ data: { userId: world.users.member.id, messageId: world.channelMessage.id } });
  return icon;
}

/** Makes the DELETE of one row of `table` fail, for the length of `fn`. */
async function withFailingDelete<T>(table: "Server" | "User", id: string, fn: () => Promise<T>): Promise<T> {
  const name = `fail_delete_${id}`;
  await db.$executeRawUnsafe(`CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
  await db.$executeRawUnsafe(`CREATE TRIGGER "${name}" BEFORE DELETE ON "${table}" FOR EACH ROW WHEN (OLD.id = '${id}') EXECUTE FUNCTION "${name}"()`);
  const quiet = vi.spyOn(console, "error").mockImplementation(() => {}); // the action logs the injected failure
  try {
    return await fn();
  } finally {
    quiet.mockRestore();
    await db.$executeRawUnsafe(`DROP TRIGGER "${name}" ON "${table}"`);
    await db.$executeRawUnsafe(`DROP FUNCTION "${name}"()`);
  }
}

describe("deleting a server", () => {
  it("removes its channels, their conversations and messages, receipts, members, invites and its icon", async () => {
    const world = await buildWorld();
    const icon = await withIcon(world);
    const channelConversations = [world.general.conversationId, world.second.conversationId];
    expect(await asActor(world, "owner", () => deleteServerAction({ serverId: world.server.id }))).toMatchObject({ ok: true });

    const left = await Promise.all([
      db.channel.count({ where: { serverId: world.server.id } }),
      db.serverMember.count({ where: { serverId: world.server.id } }),
      db.invite.count({ where: { serverId: world.server.id } }),
      db.conversation.count({ where: { id: { in: channelConversations } } }),
      db.message.count({ where: { conversationId: { in: channelConversations } } }),
      db.receipt.count({ where: { conversationId: { in: channelConversations } } }),
      db.messageHidden.count({ where: { messageId: world.channelMessage.id } }),
      db.upload.count({ where: { id: icon.id } }),
    ]);
    expect(left).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    await flushAfter();
    expect(await statObject(icon.key!)).toBeNull(); // the icon's image, from the object store too
    // Everything else is untouched: the people, their thread and its message.
    expect(await db.message.count({ where: { id: world.threadMessage.id } })).toBe(1);
    expect(await db.user.count({ where: { id: { in: Object.values(world.users).map((u) => u.id) } } })).toBe(Object.keys(world.users).length - 1);
  });

  it("replacing its icon removes the old image", async () => {
    const world = await buildWorld();
    const icon = await withIcon(world);
    const edit = { serverId: world.server.id, name: world.server.name, categoryId: world.category.id, visibility: "PUBLIC" as const };
    expect(await asActor(world, "owner", () => updateServerAction({ ...edit, iconUrl: "https://images.example.test/new.png" }))).toMatchObject({ ok: true });
    expect(await db.upload.count({ where: { id: icon.id } })).toBe(0);
    await flushAfter();
    expect(await statObject(icon.key!)).toBeNull();
  });

  it("is all or nothing", async () => {
    const world = await buildWorld();
    await withIcon(world);
    const before = await snapshotWorld(world);
    const result = await withFailingDelete("Server", world.server.id, () => asActor(world, "owner", () => deleteServerAction({ serverId: world.server.id })));
    expect(result).toMatchObject({ ok: false, error: { code: "internal" } });
    expect(await snapshotWorld(world)).toEqual(before); // the conversations deleted first came back
  });
});

describe("deleting an account", () => {
  it("leaves no row naming the person, hands their server over, and keeps their words as a deleted user's", async () => {
    const world = await buildWorld();
    const owner = world.users.owner;
    await withIcon(world);
    const alone = await db.server.create({
      data: {
        name: `${world.tag} alone`, slug: `${world.tag}-alone`, ownerId: owner.id, categoryId: world.category.id,
        members: { create: { userId: owner.id, role: "OWNER" } },
        channels: { create: { name: "general", slug: "general", conversation: { create: {} } } },
      },
      include: { channels: true },
    });
    const said = await db.message.create({ data: { conversationId: world.thread.conversationId, seq: 2, authorId: owner.id, clientId: `${world.tag}-o`, body: "bye" } });
    await db.userToken.create({ data: { userId: owner.id, purpose: "PASSWORD_RESET", tokenHash: `${world.tag}-h`, expiresAt: new Date(Date.now() + 60_000) } });
    await db.refreshToken.create({ data: { userId: owner.id, familyId: world.tag, tokenHash: `${world.tag}-r`, expiresAt: new Date(Date.now() + 60_000) } });

    const result = await asActor(world, "owner", () => deleteAccountAction({ password: TEST_PASSWORD, confirmation: "delete my account" })).catch((error: unknown) => {
      if (!String((error as { digest?: unknown }).digest).startsWith("NEXT_REDIRECT")) throw error; // signs out at the end
    });
    expect(result ?? { ok: true }).toMatchObject({ ok: true });

    expect(await rowsNamingUser(owner.id)).toEqual({});
    expect(await db.server.findUnique({ where: { id: world.server.id }, select: { ownerId: true } })).toEqual({ ownerId: world.users.moderator.id });
    expect(await db.server.count({ where: { id: alone.id } })).toBe(0);
    expect(await orphanConversations([alone.channels[0]!.conversationId, world.thread.conversationId, world.general.conversationId])).toBe(0);
    expect(await db.conversation.count({ where: { id: alone.channels[0]!.conversationId } })).toBe(0);
    expect(await db.message.findUnique({ where: { id: said.id }, select: { authorId: true, body: true } })).toEqual({ authorId: null, body: "bye" });
  });

  it("is all or nothing", async () => {
    const world = await buildWorld();
    await withIcon(world);
    const before = await snapshotWorld(world);
    const result = await withFailingDelete("User", world.users.owner.id, () =>
      asActor(world, "owner", () => deleteAccountAction({ password: TEST_PASSWORD, confirmation: "delete my account" })),
    );
    expect(result).toMatchObject({ ok: false, error: { code: "internal" } });
    expect(await snapshotWorld(world)).toEqual(before); // the server handed over before the failure is the owner's again
  });
});
