import { GET as conversationMessages } from "@/app/api/conversations/[conversationId]/messages/route";
import { POST as realtimeAuth } from "@/app/api/realtime/auth/route";
import { GET as upload } from "@/app/api/uploads/[id]/route";
import { GET as verifyEmailLink } from "@/app/(auth)/verify-email/[token]/route";
import { cancelEmailChangeAction } from "@/lib/actions/account/cancel-email-change";
import { changeEmailAction } from "@/lib/actions/account/change-email";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import { deleteAccountAction } from "@/lib/actions/account/delete-account";
import { removeAvatarAction } from "@/lib/actions/account/remove-avatar";
import { resendEmailChangeAction } from "@/lib/actions/account/resend-email-change";
import { resendVerificationEmailAction } from "@/lib/actions/account/resend-verification-email";
import { setAvatarUrlAction } from "@/lib/actions/account/set-avatar-url";
import { updateProfileAction } from "@/lib/actions/account/update-profile";
import { uploadAvatarAction } from "@/lib/actions/account/upload-avatar";
import { banMemberAction as adminBanMemberAction } from "@/lib/actions/admin/ban-member";
import { createThreadAction } from "@/lib/actions/admin/create-thread";
import { deleteMessageAction as adminDeleteMessageAction } from "@/lib/actions/admin/delete-message";
import { createCategoryAction } from "@/lib/actions/admin/create-category";
import { deleteCategoryAction } from "@/lib/actions/admin/delete-category";
import { deleteChannelAction as adminDeleteChannelAction } from "@/lib/actions/admin/delete-channel";
import { deleteServerAction as adminDeleteServerAction } from "@/lib/actions/admin/delete-server";
import { deleteThreadAction } from "@/lib/actions/admin/delete-thread";
import { deleteUsersAction } from "@/lib/actions/admin/delete-users";
import { findUsersAction } from "@/lib/actions/admin/find-users";
import { forcePasswordResetAction } from "@/lib/actions/admin/force-password-reset";
import { reactivateUserAction } from "@/lib/actions/admin/reactivate-user";
import { reorderCategoriesAction } from "@/lib/actions/admin/reorder-categories";
import { resendVerificationAction } from "@/lib/actions/admin/resend-verification";
import { setUserRoleAction } from "@/lib/actions/admin/set-user-role";
import { suspendUsersAction } from "@/lib/actions/admin/suspend-users";
import { transferServerAction } from "@/lib/actions/admin/transfer-server";
import { updateCategoryAction } from "@/lib/actions/admin/update-category";
import { updateChannelAction as adminUpdateChannelAction } from "@/lib/actions/admin/update-channel";
import { updateServerAction as adminUpdateServerAction } from "@/lib/actions/admin/update-server";
import { verifyUserEmailAction } from "@/lib/actions/admin/verify-user-email";
import { requestPasswordResetAction } from "@/lib/actions/auth/request-password-reset";
import { requestVerificationEmailAction } from "@/lib/actions/auth/request-verification-email";
import { resetPasswordAction } from "@/lib/actions/auth/reset-password";
import { signInAction } from "@/lib/actions/auth/sign-in";
import { signOutAction } from "@/lib/actions/auth/sign-out";
import { signUpAction } from "@/lib/actions/auth/sign-up";
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
import { deleteMessageAction } from "@/lib/actions/messages/delete-message";
import { heartbeatAction } from "@/lib/actions/messages/heartbeat";
import { hideMessageAction } from "@/lib/actions/messages/hide-message";
import { markReceiptsAction } from "@/lib/actions/messages/mark-receipts";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { createServerAction } from "@/lib/actions/servers/create";
import { deleteServerAction } from "@/lib/actions/servers/delete";
import { transferOwnershipAction } from "@/lib/actions/servers/transfer-ownership";
import { updateServerAction } from "@/lib/actions/servers/update";
import { searchUsersAction } from "@/lib/actions/threads/search-users";
import { startThreadAction } from "@/lib/actions/threads/start-thread";
import path from "node:path";
import { channelName, type ChannelKind } from "@/lib/realtime/catalogue";
import { db } from "@/lib/db";
import { dispatch } from "../api";
import { apiRouteFiles } from "../api-routes";
import { TEST_PASSWORD } from "../factories";
import { ACTORS, type ActorName, type World } from "./world";

// THE authorization matrix: every server action, route handler, API endpoint and realtime channel
// against every kind of actor (columns: ACTORS in tests/support/security/world.ts), each cell
// the outcome the real code must give. tests/integration/security/authorization-*.test.ts run
// every cell against the real database; authorization-complete.test.ts fails when an action,
// route, endpoint or channel kind exists without a row here.
//   ok   allowed (the call succeeds)
//   401  not signed in (no session, a suspended account, a deleted account)
//   403  may see the thing but not do this (also: the email address is not verified yet)
//   404  may not even know the thing exists (private servers, threads, the admin area)
//   409  allowed in principle, refused by the thing's state (the owner leaving, …)

export type Outcome = "ok" | 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500;
export type Cells = Record<ActorName, Outcome>;

/** What a row exercises, for the completeness check. */
export type Target =
  | { kind: "action"; fn: unknown }
  | { kind: "route"; file: string; method: string }
  | { kind: "channel"; channel: ChannelKind; file: string; method: "POST" }; // the signing route

export type Row = {
  name: string;
  group: "communities" | "messaging" | "accounts" | "admin" | "routes" | "api";
  target: Target;
  /** The world's server is public unless a row says otherwise. */
  visibility: "PUBLIC" | "PRIVATE";
  /** The world needs a category of its own (rows that change or delete it). */
  ownCategory?: boolean;
  /** The call, made as the cell's actor: an action's result, a Response, or a thrown redirect. */
  run: (w: World, actor: ActorName) => Promise<unknown>;
  expect: Cells;
  /** More targets the same call covers (one row for the CORS preflight of every API route, say). */
  more?: Target[];
  /** A read: every cell shares one world and must leave it unchanged, the allowed ones included. */
  readOnly?: boolean;
  /** An action's valid input (the hostile-input tests start from it). */
  input?: (w: World, actor: ActorName) => unknown;
  /** Rows that only run over HTTP (tests/e2e/security.test.ts): the request to make. */
  http?: { method: "GET" | "POST"; path: string };
};

/** One line of the table: outcomes in ACTORS order, e.g. `401 403 ok ok 404 ok ok 401 ok 401`. */
function cells(line: string): Cells {
  const values = line.trim().split(/\s+/);
  if (values.length !== ACTORS.length) throw new Error(`matrix line needs ${ACTORS.length} outcomes: "${line}"`);
  return Object.fromEntries(ACTORS.map((actor, i) => [actor, values[i] === "ok" ? "ok" : (Number(values[i]) as Outcome)])) as Cells;
}

type AnyAction = (input: never) => Promise<unknown>;
const action = (fn: AnyAction, input: (w: World, actor: ActorName) => unknown = () => ({})) => ({
  target: { kind: "action", fn } as const,
  input,
  run: async (w: World, actor: ActorName) => (fn as (input: unknown) => Promise<unknown>)(await input(w, actor)),
});
const route = (file: string, method: string, run: Row["run"]) => ({ target: { kind: "route", file, method } as const, run });

const rows: Row[] = [];

const ROOT = path.resolve(import.meta.dirname, "../../..");
const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");
const apiRoutes = apiRouteFiles();
/** The route file of an OpenAPI path ("/servers/{serverId}" → app/api/v1/servers/[serverId]/route.ts). */
function apiRouteFile(template: string, folder?: string): string {
  const segments = folder ? [folder] : template.split("/").filter(Boolean).map((s) => s.replace(/^\{(\w+)\}$/, "[$1]"));
  return ["app/api/v1", ...segments, "route.ts"].join("/");
}
type Spec = Pick<Row, "target" | "run" | "http" | "ownCategory" | "input" | "more" | "readOnly">;
function add(group: Row["group"], name: string, spec: Spec, line: string, visibility: Row["visibility"] = "PUBLIC") {
  rows.push({ name, group, ...spec, visibility, expect: cells(line) });
}
/** A row on a public and on a private server. */
function both(group: Row["group"], name: string, spec: Spec, publicLine: string, privateLine: string) {
  add(group, `${name} (public server)`, spec, publicLine, "PUBLIC");
  add(group, `${name} (private server)`, spec, privateLine, "PRIVATE");
}

const png = () => new File([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])], "a.png", { type: "image/png" });
const member = (w: World, who: keyof World["users"]) => ({ serverId: w.server.id, userId: w.users[who].id });
const newPassword = "a-brand-new-passphrase-9";

// Columns:                                                    anon  unver member nonMem banned mod  owner susp admin deleted
const SIGNED_IN /* any active account */ = /*               */ "401  ok    ok     ok     ok     ok   ok    401  ok    401";
const PUBLIC_ /* anyone at all */ = /*                      */ "ok   ok    ok     ok     ok     ok   ok    ok   ok    ok";
const VERIFIED = /*                                         */ "401  403   ok     ok     ok     ok   ok    401  ok    401";
const ADMIN = /*                                            */ "401  404   404    404    404    404  404   401  ok    401";
const MANAGE = /*                                           */ "401  403   403    403    404    403  ok    401  ok    401";
const MANAGE_PRIVATE = /*                                   */ "401  403   403    404    404    403  ok    401  ok    401";
const MODERATE = /*                                         */ "401  403   403    403    404    ok   ok    401  ok    401";
const MODERATE_PRIVATE = /*                                 */ "401  403   403    404    404    ok   ok    401  ok    401";
const ABOVE_MODERATORS = /*                                 */ "401  403   403    403    404    403  ok    401  ok    401";
const ABOVE_MODERATORS_PRIVATE = /*                         */ "401  403   403    404    404    403  ok    401  ok    401";
const READ = /*                                             */ "401  ok    ok     ok     404    ok   ok    401  ok    401";
const READ_PRIVATE = /*                                     */ "401  ok    ok     404    404    ok   ok    401  404   401";
const READ_THREAD = /*                                      */ "401  ok    ok     404    404    ok   ok    401  404   401";

// ---- communities ----
//                                                                                              anon  unver member nonMem banned mod  owner susp admin deleted
add("communities", "servers/create", action(createServerAction, (w) => ({ name: `${w.tag} new`, categoryId: w.category.id })), VERIFIED);
both("communities", "servers/update", action(updateServerAction, (w) => ({ serverId: w.server.id, name: `${w.tag} edited`, categoryId: w.otherCategory.id, visibility: w.visibility })), MANAGE, MANAGE_PRIVATE);
both("communities", "servers/delete", action(deleteServerAction, (w) => ({ serverId: w.server.id })), MANAGE, MANAGE_PRIVATE);
both("communities", "servers/transfer-ownership", action(transferOwnershipAction, (w) => member(w, "targetMember")),
  /*                                                                                          */ "401  403   403    403    404    403  ok    401  403   401",
  /*                                                                                          */ "401  403   403    404    404    403  ok    401  404   401");
both("communities", "members/join", action(joinServerAction, (w) => ({ serverId: w.server.id })),
  /*                                                                                          */ "401  403   ok     ok     404    ok   ok    401  ok    401",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    401  404   401");
both("communities", "invites/accept", action(acceptInviteAction, (w) => ({ code: w.invite.code })),
  /*                                                                                          */ "401  403   ok     ok     404    ok   ok    401  ok    401",
  /*                                                                                          */ "401  403   ok     ok     404    ok   ok    401  ok    401");
both("communities", "members/leave", action(leaveServerAction, (w) => ({ serverId: w.server.id })),
  /*                                                                                          */ "401  ok    ok     403    404    ok   409   401  403   401",
  /*                                                                                          */ "401  ok    ok     404    404    ok   409   401  404   401");
both("communities", "channels/create", action(createChannelAction, (w) => ({ serverId: w.server.id, name: "new channel" })), MODERATE, MODERATE_PRIVATE);
both("communities", "channels/update", action(updateChannelAction, (w) => ({ channelId: w.second.id, name: "renamed", topic: "A topic" })), MODERATE, MODERATE_PRIVATE);
both("communities", "channels/reorder", action(reorderChannelsAction, (w) => ({ serverId: w.server.id, channelIds: [w.second.id, w.general.id] })), MODERATE, MODERATE_PRIVATE);
both("communities", "channels/delete", action(deleteChannelAction, (w) => ({ channelId: w.second.id })), MODERATE, MODERATE_PRIVATE);
both("communities", "invites/create", action(createInviteAction, (w) => ({ serverId: w.server.id, expiresInMinutes: 60, maxUses: 5 })), MODERATE, MODERATE_PRIVATE);
both("communities", "invites/revoke", action(revokeInviteAction, (w) => ({ inviteId: w.invite.id })), MODERATE, MODERATE_PRIVATE);
both("communities", "members/remove a member", action(removeMemberAction, (w) => member(w, "targetMember")), MODERATE, MODERATE_PRIVATE);
both("communities", "members/ban a member", action(banMemberAction, (w) => member(w, "targetMember")), MODERATE, MODERATE_PRIVATE);
both("communities", "members/remove a moderator", action(removeMemberAction, (w) => member(w, "targetModerator")), ABOVE_MODERATORS, ABOVE_MODERATORS_PRIVATE);
both("communities", "members/ban a moderator", action(banMemberAction, (w) => member(w, "targetModerator")), ABOVE_MODERATORS, ABOVE_MODERATORS_PRIVATE);
both("communities", "members/ban the owner", action(banMemberAction, (w) => member(w, "owner")),
  /*                                                                                          */ "401  403   403    403    404    403  403   401  403   401",
  /*                                                                                          */ "401  403   403    404    404    403  403   401  403   401");
both("communities", "members/unban", action(unbanMemberAction, (w) => member(w, "bannedTarget")), MODERATE, MODERATE_PRIVATE);
both("communities", "members/set-role", action(setMemberRoleAction, (w) => ({ ...member(w, "targetMember"), role: "MODERATOR" })), MANAGE, MANAGE_PRIVATE);

// ---- messaging ----
const sendTo = (conversation: (w: World) => string) =>
  action(sendMessageAction, (w, actor) => ({ conversationId: conversation(w), clientId: `${w.tag}-${actor}`, body: "hello" }));
both("messaging", "messages/send in a channel", sendTo((w) => w.general.conversationId),
  /*                                                                                          */ "401  403   ok     403    404    ok   ok    401  403   401",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    401  404   401");
add("messaging", "messages/send in a thread", sendTo((w) => w.thread.conversationId),
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    401  404   401");
// Platform admins moderate every server channel, private ones included, without being members.
both("messaging", "messages/delete someone's message in a channel", action(deleteMessageAction, (w) => ({ messageId: w.channelMessage.id })),
  /*                                                                                          */ "401  403   403    403    404    ok   ok    401  ok    401",
  /*                                                                                          */ "401  403   403    404    404    ok   ok    401  ok    401");
add("messaging", "messages/delete someone's message in a thread", action(deleteMessageAction, (w) => ({ messageId: w.threadMessage.id })),
  /*                                                                                          */ "401  403   403    404    404    403  403   401  404   401");
both("messaging", "messages/hide a channel message for me", action(hideMessageAction, (w) => ({ messageId: w.channelMessage.id })), READ, READ_PRIVATE);
add("messaging", "messages/hide a thread message for me", action(hideMessageAction, (w) => ({ messageId: w.threadMessage.id })), READ_THREAD);
both("messaging", "messages/mark receipts in a channel", action(markReceiptsAction, (w) => ({ conversationId: w.general.conversationId, deliveredSeq: 1, readSeq: 1 })), READ, READ_PRIVATE);
add("messaging", "messages/mark receipts in a thread", action(markReceiptsAction, (w) => ({ conversationId: w.thread.conversationId, deliveredSeq: 1, readSeq: 1 })), READ_THREAD);
add("messaging", "messages/heartbeat", action(heartbeatAction), SIGNED_IN);
add("messaging", "threads/start", action(startThreadAction, (w) => ({ userIds: [w.users.targetMember.id] })), VERIFIED);
add("messaging", "threads/search-users", action(searchUsersAction, (w) => ({ q: w.tag })), SIGNED_IN);

// ---- accounts ----
add("accounts", "auth/sign-up", action(signUpAction, (w) => ({
  fullName: "New Person", email: `${w.tag}-new@example.test`, username: `${w.tag}_new`, password: newPassword, confirmPassword: newPassword,
})), PUBLIC_);
add("accounts", "auth/sign-in", action(signInAction, (w) => ({ email: w.users.targetMember.email, password: TEST_PASSWORD })), PUBLIC_);
add("accounts", "auth/sign-out", action(signOutAction), PUBLIC_);
add("accounts", "auth/request-password-reset", action(requestPasswordResetAction, (w) => ({ email: w.users.targetMember.email })), PUBLIC_);
add("accounts", "auth/request-verification-email", action(requestVerificationEmailAction, (w) => ({ email: w.users.unverifiedTarget.email })), PUBLIC_);
add("accounts", "auth/reset-password", action(resetPasswordAction, (w) => ({ token: w.resetToken, password: newPassword, confirmPassword: newPassword })), PUBLIC_);
add("accounts", "account/update-profile", action(updateProfileAction, (w, actor) => ({ fullName: "Renamed", username: `${w.tag}_r${ACTORS.indexOf(actor)}` })), SIGNED_IN);
add("accounts", "account/set-avatar-url", action(setAvatarUrlAction, () => ({ url: "https://images.example.test/me.png" })), SIGNED_IN);
add("accounts", "account/upload-avatar", action(uploadAvatarAction, () => ({ avatar: png() })), SIGNED_IN);
add("accounts", "account/remove-avatar", action(removeAvatarAction), SIGNED_IN);
add("accounts", "account/change-email", action(changeEmailAction, (w, actor) => ({ email: `${w.tag}-moved-${actor.toLowerCase()}@example.test`, currentPassword: TEST_PASSWORD })), SIGNED_IN);
add("accounts", "account/resend-email-change (none pending)", action(resendEmailChangeAction),
  /*                                                                                          */ "401  409   409    409    409    409  409   401  409   401");
add("accounts", "account/cancel-email-change", action(cancelEmailChangeAction), SIGNED_IN);
add("accounts", "account/change-password", action(changePasswordAction, () => ({ currentPassword: TEST_PASSWORD, newPassword, confirmPassword: newPassword })), SIGNED_IN);
add("accounts", "account/resend-verification-email", action(resendVerificationEmailAction),
  /*                                                                                          */ "401  ok    409    409    409    409  409   401  409   401");
add("accounts", "account/delete-account", action(deleteAccountAction, () => ({ password: TEST_PASSWORD, confirmation: "delete my account" })),
  /*                                                                                          */ "401  ok    ok     ok     ok     ok   ok    401  409   401");

// ---- admin area: admins only, everyone else is told it doesn't exist ----
add("admin", "admin/find-users", action(findUsersAction, (w) => ({ q: w.tag })), ADMIN);
add("admin", "admin/suspend-users", action(suspendUsersAction, (w) => ({ userIds: [w.users.targetMember.id] })), ADMIN);
add("admin", "admin/reactivate-user", action(reactivateUserAction, (w) => ({ userId: w.users.suspendedTarget.id })), ADMIN);
add("admin", "admin/delete-users", action(deleteUsersAction, (w) => ({ userIds: [w.users.targetMember.id] })), ADMIN);
add("admin", "admin/set-user-role", action(setUserRoleAction, (w) => ({ userId: w.users.targetMember.id, role: "ADMIN" })), ADMIN);
add("admin", "admin/verify-user-email", action(verifyUserEmailAction, (w) => ({ userId: w.users.unverifiedTarget.id })), ADMIN);
add("admin", "admin/resend-verification", action(resendVerificationAction, (w) => ({ userId: w.users.unverifiedTarget.id })), ADMIN);
add("admin", "admin/force-password-reset", action(forcePasswordResetAction, (w) => ({ userId: w.users.targetMember.id })), ADMIN);
add("admin", "admin/create-category", action(createCategoryAction, (w) => ({ name: `${w.tag} c` })), ADMIN);
add("admin", "admin/update-category", { ...action(updateCategoryAction, (w) => ({ categoryId: w.otherCategory.id, name: `${w.tag} d`, slug: `${w.tag}-d` })), ownCategory: true }, ADMIN);
add("admin", "admin/delete-category", { ...action(deleteCategoryAction, (w) => ({ categoryId: w.otherCategory.id })), ownCategory: true }, ADMIN);
// Reordering names every category; other tests add some concurrently, so a 409 ("changed
// meanwhile") is retried with a fresh list.
add("admin", "admin/reorder-categories", {
  target: { kind: "action", fn: reorderCategoriesAction },
  run: async () => {
    for (let attempt = 0; ; attempt++) {
      const all = await db.category.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true } });
      const result = await reorderCategoriesAction({ categoryIds: all.map((c) => c.id).reverse() });
      if (result.ok || result.error.code !== "conflict" || attempt === 3) return result;
    }
  },
}, ADMIN);
both("admin", "admin/update-server", action(adminUpdateServerAction, (w) => ({
  serverId: w.server.id, name: `${w.tag} hijacked`, slug: `${w.tag}-x`, description: "", icon: "", visibility: w.visibility, categoryId: w.otherCategory.id,
})), ADMIN, ADMIN);
both("admin", "admin/update-channel", action(adminUpdateChannelAction, (w) => ({ channelId: w.second.id, name: "renamed", slug: "renamed", topic: "" })), ADMIN, ADMIN);
both("admin", "admin/delete-channel", action(adminDeleteChannelAction, (w) => ({ channelId: w.second.id })), ADMIN, ADMIN);
both("admin", "admin/delete-server", action(adminDeleteServerAction, (w) => ({ serverId: w.server.id })), ADMIN, ADMIN);
both("admin", "admin/transfer-server", action(transferServerAction, (w) => member(w, "targetMember")), ADMIN, ADMIN);
both("admin", "admin/ban-member", action(adminBanMemberAction, (w) => member(w, "targetMember")), ADMIN, ADMIN);
add("admin", "admin/create-thread", action(createThreadAction, (w) => ({ userIds: [w.users.targetMember.id, w.users.targetModerator.id] })), ADMIN);
both("admin", "admin/delete-message", action(adminDeleteMessageAction, (w) => ({ messageId: w.channelMessage.id })), ADMIN, ADMIN);
add("admin", "admin/delete-thread", action(deleteThreadAction, (w) => ({ threadId: w.thread.id })), ADMIN);

// ---- route handlers (called in-process with the actor's session) ----
const history = (conversation: (w: World) => string) =>
  route("app/api/conversations/[conversationId]/messages/route.ts", "GET", async (w) => {
    const conversationId = conversation(w);
    return conversationMessages(new Request(`http://test/api/conversations/${conversationId}/messages`), { params: Promise.resolve({ conversationId }) });
  });
both("routes", "GET /api/conversations/:id/messages of a channel", history((w) => w.general.conversationId), READ, READ_PRIVATE);
add("routes", "GET /api/conversations/:id/messages of a thread", history((w) => w.thread.conversationId), READ_THREAD);
add("routes", "GET /api/uploads/:id", route("app/api/uploads/[id]/route.ts", "GET", (w) => upload(new Request("http://test/"), { params: Promise.resolve({ id: w.upload.id }) })), PUBLIC_);
add("routes", "GET /verify-email/:token (the emailed link)", route("app/(auth)/verify-email/[token]/route.ts", "GET", (w) =>
  verifyEmailLink(new Request("http://test/"), { params: Promise.resolve({ token: w.verificationToken }) })), PUBLIC_);

// ---- realtime subscriptions, signed by POST /api/realtime/auth (Pusher expects 403 for any refusal) ----
const REALTIME_AUTH = "app/api/realtime/auth/route.ts";
const subscribe = (kind: ChannelKind, id: (w: World) => string) => ({
  target: { kind: "channel", channel: kind, file: REALTIME_AUTH, method: "POST" } as const,
  run: (w: World) => {
    const body = new URLSearchParams({ socket_id: "1234.5678", channel_name: channelName(kind, id(w)) });
    return realtimeAuth(new Request("http://test/api/realtime/auth", { method: "POST", body }));
  },
});
const SUBSCRIBE = /*                                        */ "401  403   ok     ok     403    ok   ok    401  ok    401";
const SUBSCRIBE_PRIVATE = /*                                */ "401  403   ok     403    403    ok   ok    401  403   401";
const SUBSCRIBE_THREAD = /*                                 */ "401  403   ok     403    403    ok   ok    401  403   401";
both("routes", "subscribe private-conversation (server channel)", subscribe("conversation", (w) => w.general.conversationId), SUBSCRIBE, SUBSCRIBE_PRIVATE);
add("routes", "subscribe private-conversation (direct thread)", subscribe("conversation", (w) => w.thread.conversationId), SUBSCRIBE_THREAD);
both("routes", "subscribe presence-conversation (server channel)", subscribe("presence", (w) => w.general.conversationId), SUBSCRIBE, SUBSCRIBE_PRIVATE);
add("routes", "subscribe presence-conversation (direct thread)", subscribe("presence", (w) => w.thread.conversationId), SUBSCRIBE_THREAD);
add("routes", "subscribe private-user (your own)", {
  target: { kind: "channel", channel: "user", file: REALTIME_AUTH, method: "POST" },
  run: (w, actor) => subscribe("user", () => (actor === "anonymous" ? w.users.member.id : w.users[actor].id)).run(w),
}, SIGNED_IN);
add("routes", "subscribe private-user (someone else's)", subscribe("user", (w) => w.users.targetMember.id),
  /*                                                                                          */ "401  403   403    403    403    403  403   401  403   401");

// ---- the public JSON API (/api/v1): Bearer access tokens, one API client per actor ----
// A suspended account's still-valid access token hears "suspended" (403) rather than 401.
const API_SIGNED_IN = /*                                    */ "401  ok    ok     ok     ok     ok   ok    403  ok    401";
const API_VERIFIED = /*                                     */ "401  403   ok     ok     ok     ok   ok    403  ok    401";
const API_READ = /*                                         */ "401  ok    ok     ok     404    ok   ok    403  ok    401";
const API_READ_PRIVATE = /*                                 */ "401  ok    ok     404    404    ok   ok    403  404   401";
const API_READ_THREAD = /*                                  */ "401  ok    ok     404    404    ok   ok    403  404   401";
const API_SUBSCRIBE = /*                                    */ "401  403   ok     ok     403    ok   ok    403  ok    401";
const API_SUBSCRIBE_PRIVATE = /*                            */ "401  403   ok     403    403    ok   ok    403  403   401";

type ApiMethod = "GET" | "POST" | "PATCH" | "DELETE";
/** `template` is the OpenAPI path ("/servers/{serverId}/join"); `fill` gives its parameters from the world. */
const api = (
  method: ApiMethod,
  template: string,
  fill: (w: World) => Record<string, string> = () => ({}),
  body?: (w: World, actor: ActorName) => unknown,
  query = "",
) => ({
  target: { kind: "route", file: apiRouteFile(template), method } as const,
  input: body,
  run: async (w: World, actor: ActorName) => {
    const params = fill(w);
    const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name]!));
    const token = w.apiTokenOf[actor];
    return dispatch(new Request(`http://test.local/api/v1${path}${query}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(await body(w, actor)) : undefined,
    }));
  },
});
const read = <T extends object>(spec: T) => ({ ...spec, readOnly: true });
const serverOf = (w: World) => ({ serverId: w.server.id });

add("api", "POST /api/v1/auth/token", api("POST", "/auth/token", undefined, (w) => ({ email: w.users.targetMember.email, password: TEST_PASSWORD })), PUBLIC_);
add("api", "POST /api/v1/auth/refresh", api("POST", "/auth/refresh", undefined, (w) => ({ refresh: w.refreshToken })), PUBLIC_);
add("api", "POST /api/v1/auth/revoke", api("POST", "/auth/revoke", undefined, (w) => ({ refresh: w.refreshToken })), PUBLIC_);
add("api", "GET /api/v1/me", read(api("GET", "/me")), API_SIGNED_IN);
add("api", "PATCH /api/v1/me", api("PATCH", "/me", undefined, () => ({ fullName: "Renamed by API" })), API_SIGNED_IN);
add("api", "GET /api/v1/me/servers", read(api("GET", "/me/servers")), API_SIGNED_IN);
add("api", "POST /api/v1/me/heartbeat", api("POST", "/me/heartbeat"), API_SIGNED_IN);
add("api", "GET /api/v1/categories", read(api("GET", "/categories")), API_SIGNED_IN);
add("api", "GET /api/v1/servers (search)", read(api("GET", "/servers", undefined, undefined, "?q=server")), API_SIGNED_IN);
add("api", "POST /api/v1/servers", api("POST", "/servers", undefined, (w) => ({ name: `${w.tag} api`, categoryId: w.category.id })), API_VERIFIED);
both("api", "GET /api/v1/servers/:id", read(api("GET", "/servers/{serverId}", serverOf)), API_READ, API_READ_PRIVATE);
both("api", "GET /api/v1/servers/:id/channels", read(api("GET", "/servers/{serverId}/channels", serverOf)), API_READ, API_READ_PRIVATE);
both("api", "GET /api/v1/servers/:id/members", read(api("GET", "/servers/{serverId}/members", serverOf)), API_READ, API_READ_PRIVATE);
both("api", "POST /api/v1/servers/:id/join", api("POST", "/servers/{serverId}/join", serverOf),
  /*                                                                                          */ "401  403   ok     ok     404    ok   ok    403  ok    401",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    403  404   401");
both("api", "POST /api/v1/servers/:id/leave", api("POST", "/servers/{serverId}/leave", serverOf),
  /*                                                                                          */ "401  ok    ok     403    404    ok   409   403  403   401",
  /*                                                                                          */ "401  ok    ok     404    404    ok   409   403  404   401");
const conversation = (pick: (w: World) => string) => (w: World) => ({ conversationId: pick(w) });
const channelConversation = conversation((w) => w.general.conversationId);
const threadConversation = conversation((w) => w.thread.conversationId);
both("api", "GET /api/v1/conversations/:id/messages of a channel", read(api("GET", "/conversations/{conversationId}/messages", channelConversation)), API_READ, API_READ_PRIVATE);
add("api", "GET /api/v1/conversations/:id/messages of a thread", read(api("GET", "/conversations/{conversationId}/messages", threadConversation)), API_READ_THREAD);
const apiSend = (fill: (w: World) => Record<string, string>) =>
  api("POST", "/conversations/{conversationId}/messages", fill, (w, actor) => ({ clientId: `${w.tag}-api-${actor}`, body: "hello from the API" }));
both("api", "POST /api/v1/conversations/:id/messages in a channel", apiSend(channelConversation),
  /*                                                                                          */ "401  403   ok     403    404    ok   ok    403  403   401",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    403  404   401");
add("api", "POST /api/v1/conversations/:id/messages in a thread", apiSend(threadConversation),
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    403  404   401");
both("api", "POST /api/v1/conversations/:id/receipts in a channel", api("POST", "/conversations/{conversationId}/receipts", channelConversation, () => ({ deliveredSeq: 1, readSeq: 1 })), API_READ, API_READ_PRIVATE);
add("api", "POST /api/v1/conversations/:id/receipts in a thread", api("POST", "/conversations/{conversationId}/receipts", threadConversation, () => ({ deliveredSeq: 1, readSeq: 1 })), API_READ_THREAD);
both("api", "DELETE /api/v1/messages/:id in a channel", api("DELETE", "/messages/{messageId}", (w) => ({ messageId: w.channelMessage.id })),
  /*                                                                                          */ "401  403   403    403    404    ok   ok    403  ok    401",
  /*                                                                                          */ "401  403   403    404    404    ok   ok    403  ok    401");
add("api", "DELETE /api/v1/messages/:id in a thread", api("DELETE", "/messages/{messageId}", (w) => ({ messageId: w.threadMessage.id })),
  /*                                                                                          */ "401  403   403    404    404    403  403   403  404   401");
both("api", "POST /api/v1/messages/:id/hide in a channel", api("POST", "/messages/{messageId}/hide", (w) => ({ messageId: w.channelMessage.id })), API_READ, API_READ_PRIVATE);
add("api", "POST /api/v1/messages/:id/hide in a thread", api("POST", "/messages/{messageId}/hide", (w) => ({ messageId: w.threadMessage.id })), API_READ_THREAD);
add("api", "GET /api/v1/threads", read(api("GET", "/threads")), API_SIGNED_IN);
add("api", "POST /api/v1/threads", api("POST", "/threads", undefined, (w) => ({ userIds: [w.users.targetMember.id] })), API_VERIFIED);
add("api", "GET /api/v1/threads/:id", read(api("GET", "/threads/{threadId}", (w) => ({ threadId: w.thread.id }))), API_READ_THREAD);
add("api", "GET /api/v1/users (people search)", read(api("GET", "/users", undefined, undefined, "?q=target")), API_SIGNED_IN);
add("api", "GET /api/v1/realtime/config", read(api("GET", "/realtime/config")), API_SIGNED_IN);
add("api", "GET /api/v1/openapi.json", read(api("GET", "/openapi.json")), PUBLIC_);
const apiSubscribe = (kind: ChannelKind, id: (w: World) => string) =>
  read(api("POST", "/realtime/auth", undefined, (w) => ({ socket_id: "1234.5678", channel_name: channelName(kind, id(w)) })));
both("api", "POST /api/v1/realtime/auth: private-conversation (server channel)", apiSubscribe("conversation", (w) => w.general.conversationId), API_SUBSCRIBE, API_SUBSCRIBE_PRIVATE);
add("api", "POST /api/v1/realtime/auth: presence-conversation (direct thread)", apiSubscribe("presence", (w) => w.thread.conversationId),
  /*                                                                                          */ "401  403   ok     403    403    ok   ok    403  403   401");
add("api", "POST /api/v1/realtime/auth: private-user (someone else's)", apiSubscribe("user", (w) => w.users.targetMember.id),
  /*                                                                                          */ "401  403   403    403    403    403  403   403  403   401");
// Every route file answers the CORS preflight: refused for an origin not in CORS_ORIGINS (empty in
// tests: our own pages only, which never need one), whoever asks. Any other path is a JSON 404.
add("api", "OPTIONS (CORS preflight from another origin) on every /api/v1 route", read({
  target: { kind: "route", file: apiRouteFile("/me"), method: "OPTIONS" },
  more: apiRoutes.filter((r) => !r.file.includes("[...")).map((r) => ({ kind: "route", file: relative(r.file), method: "OPTIONS" }) as const),
  run: async () => {
    const answers = await Promise.all(apiRoutes.filter((r) => !r.file.includes("[...")).map((r) =>
      dispatch(new Request(`http://test.local/api/v1${r.openApiPath.replace(/\{\w+\}/g, "x1")}`, { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "GET" } })),
    ));
    return answers.find((r) => r.status !== 403) ?? answers[0]!;
  },
}), "403  403   403    403    403    403  403   403  403   403");
const UNKNOWN_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
add("api", "any method on an unknown /api/v1 path", read({
  target: { kind: "route", file: apiRouteFile("/{path}", "[...path]"), method: "GET" },
  more: UNKNOWN_METHODS.map((method) => ({ kind: "route", file: apiRouteFile("/{path}", "[...path]"), method }) as const),
  run: async (w, actor) => {
    const token = w.apiTokenOf[actor];
    const answers = await Promise.all(UNKNOWN_METHODS.map((method) =>
      dispatch(new Request("http://test.local/api/v1/no/such/thing", { method, headers: token ? { authorization: `Bearer ${token}` } : {} }))));
    return answers.find((r) => r.status !== 404) ?? answers[0]!;
  },
}), "404  404   404    404    404    404  404   404  404   404");

// ---- Auth.js's own endpoints: public by design. Integration tests stand Auth.js in, so these rows
// run over HTTP against the built app (tests/e2e/security.test.ts), with the actors' real cookies.
const authJs = (method: "GET" | "POST", path: string) =>
  route("app/api/auth/[...nextauth]/route.ts", method, () => {
    throw new Error(`${method} ${path} runs over HTTP only`);
  });
add("routes", "GET /api/auth/session", { ...authJs("GET", "/api/auth/session"), http: { method: "GET", path: "/api/auth/session" } }, PUBLIC_);
add("routes", "POST /api/auth/signout (no CSRF token: refused, signs nobody out)", { ...authJs("POST", "/api/auth/signout"), http: { method: "POST", path: "/api/auth/signout" } },
  /*                                                                                          */ "ok   ok    ok     ok     ok     ok   ok    ok   ok    ok");

export const matrix: readonly Row[] = rows;
