import { refresh, revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { adminAction, userAction, verifiedAction } from "@/lib/safe-action";
import { actor } from "../support/factories";

const schema = z.object({ name: z.string().min(3, "Too short"), password: z.string().min(1, "Required") });
const echo = userAction.schema(schema).revalidates("none").action(async ({ input, ctx }) => ({ name: input.name, by: ctx.user.username }));

describe("the safe action chain", () => {
  it("refuses anonymous callers before looking at the input", async () => {
    expect(await echo({ name: "x", password: "" })).toEqual({
      ok: false,
      error: { code: "unauthorized", message: "Please sign in to continue." },
      values: { name: "x" },
    });
  });

  it("returns field errors and echoes text fields, never passwords", async () => {
    const alice = await actor();
    const form = new FormData();
    form.set("name", "ab");
    form.set("password", "");
    const result = await alice.run(() => echo(null, form));
    expect(result).toEqual({
      ok: false,
      error: { code: "validation", message: "Please correct the highlighted fields.", fields: { name: "Too short", password: "Required" } },
      values: { name: "ab" },
    });
  });

  it("runs the body with the validated input and the session's user", async () => {
    const alice = await actor();
    expect(await alice.run(() => echo({ name: "alice's", password: "p" }))).toEqual({
      ok: true,
      data: { name: "alice's", by: alice.user.username },
    });
  });

  it("ends with the session: a deleted session row is signed out", async () => {
    const alice = await actor();
    await db.session.delete({ where: { id: alice.sessionId } });
    expect(await alice.run(() => echo({ name: "abc", password: "p" }))).toMatchObject({ ok: false, error: { code: "unauthorized" } });
  });

  it("treats suspended accounts as signed out", async () => {
    const sam = await actor({ status: "SUSPENDED" });
    expect(await sam.run(() => echo({ name: "abc", password: "p" }))).toMatchObject({ ok: false, error: { code: "unauthorized" } });
  });

  it("needs a verified email for verifiedAction and the admin role for adminAction (404 otherwise)", async () => {
    const unverified = await actor({ verified: false });
    const member = await actor();
    const admin = await actor({ role: "ADMIN" });
    const post = verifiedAction.schema(z.object({})).revalidates("none").action(async () => "posted");
    const administer = adminAction.schema(z.object({})).revalidates("none").action(async () => "done");
    expect(await unverified.run(() => post({}))).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await member.run(() => post({}))).toEqual({ ok: true, data: "posted" });
    expect(await member.run(() => administer({}))).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await admin.run(() => administer({}))).toEqual({ ok: true, data: "done" });
  });

  it("turns AppErrors into results and hides unexpected errors", async () => {
    const alice = await actor();
    const refuse = userAction.schema(z.object({})).revalidates("none").action(async () => {
      throw new AppError("conflict", "Taken.", { name: "Taken." });
    });
    const crash = userAction.schema(z.object({})).revalidates("none").action(async () => {
      throw new Error("database exploded: secret details");
    });
    expect(await alice.run(() => refuse({}))).toMatchObject({ ok: false, error: { code: "conflict", fields: { name: "Taken." } } });
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const crashed = await alice.run(() => crash({}));
    spy.mockRestore();
    expect(crashed).toEqual({ ok: false, error: { code: "internal", message: "Something went wrong on our side. Please try again." } });
  });

  it("lets redirect() through as control flow", async () => {
    const alice = await actor();
    const go = userAction.schema(z.object({})).revalidates("none").action(async () => redirect("/home"));
    await expect(alice.run(() => go({}))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });

  it("refreshes what the action declares, after a success only", async () => {
    const alice = await actor();
    const declared = (what: "layout" | "page" | "none", fail = false) =>
      userAction.schema(z.object({})).revalidates(what).action(async () => {
        if (fail) throw new AppError("conflict", "No.");
      });
    const refreshed = async (action: ReturnType<typeof declared>) => {
      vi.mocked(revalidatePath).mockClear();
      vi.mocked(refresh).mockClear();
      await alice.run(() => action({}));
      return { layout: vi.mocked(revalidatePath).mock.calls, page: vi.mocked(refresh).mock.calls.length };
    };
    expect(await refreshed(declared("layout"))).toEqual({ layout: [["/", "layout"]], page: 0 });
    expect(await refreshed(declared("page"))).toEqual({ layout: [], page: 1 });
    expect(await refreshed(declared("none"))).toEqual({ layout: [], page: 0 });
    expect(await refreshed(declared("layout", true))).toEqual({ layout: [], page: 0 });
    expect(await refreshed(declared("page", true))).toEqual({ layout: [], page: 0 });
  });
});
