import { GET as conversationMessages } from "@/app/api/conversations/[conversationId]/messages/route";
import { GET as publicConversationMessages } from "@/app/api/public/conversations/[conversationId]/messages/route";
import { POST as realtimeAuth } from "@/app/api/realtime/auth/route";
import { GET as upload } from "@/app/api/uploads/[id]/route";
import { GET as openFile } from "@/app/api/files/[attachmentId]/route";
import { GET as linkPreviewImage } from "@/app/api/link-previews/[previewId]/image/route";
import { GET as sweepUploads } from "@/app/api/cron/sweep-uploads/route";
import { GET as emailDigest } from "@/app/api/cron/email-digest/route";
import { completeUploadAction } from "@/lib/actions/files/complete-upload";
import { discardUploadAction } from "@/lib/actions/files/discard-upload";
import { requestUploadAction } from "@/lib/actions/files/request-upload";
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
import { confirmTwoFactorAction } from "@/lib/actions/account/confirm-two-factor";
import { disableTwoFactorAction } from "@/lib/actions/account/disable-two-factor";
import { regenerateRecoveryCodesAction } from "@/lib/actions/account/regenerate-recovery-codes";
import { startTwoFactorSetupAction } from "@/lib/actions/account/start-two-factor-setup";
import { completeSecondStepAction } from "@/lib/actions/auth/complete-second-step";
import { addPasskeyAction } from "@/lib/actions/account/add-passkey";
import { passkeyRegistrationOptionsAction } from "@/lib/actions/account/passkey-registration-options";
import { removePasskeyAction } from "@/lib/actions/account/remove-passkey";
import { passkeySignInAction } from "@/lib/actions/auth/passkey-sign-in";
import { passkeySignInOptionsAction } from "@/lib/actions/auth/passkey-sign-in-options";
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
import { setSlowModeAction } from "@/lib/actions/channels/set-slow-mode";
import { addChannelMembersAction } from "@/lib/actions/channels/add-members";
import { findChannelMemberCandidatesAction } from "@/lib/actions/channels/find-member-candidates";
import { listChannelMembersAction } from "@/lib/actions/channels/list-members";
import { removeChannelMemberAction } from "@/lib/actions/channels/remove-member";
import { setChannelPrivacyAction } from "@/lib/actions/channels/set-privacy";
import { acceptInviteAction } from "@/lib/actions/invites/accept";
import { createInviteAction } from "@/lib/actions/invites/create";
import { revokeInviteAction } from "@/lib/actions/invites/revoke";
import { banMemberAction } from "@/lib/actions/members/ban";
import { timeOutMemberAction } from "@/lib/actions/members/time-out";
import { reportMessageAction } from "@/lib/actions/reports/report-message";
import { resolveReportAction } from "@/lib/actions/reports/resolve";
import { joinServerAction } from "@/lib/actions/members/join";
import { leaveServerAction } from "@/lib/actions/members/leave";
import { removeMemberAction } from "@/lib/actions/members/remove";
import { setMemberRoleAction } from "@/lib/actions/members/set-role";
import { unbanMemberAction } from "@/lib/actions/members/unban";
import { deleteMessageAction } from "@/lib/actions/messages/delete-message";
import { editMessageAction } from "@/lib/actions/messages/edit-message";
import { messageVersionsAction } from "@/lib/actions/messages/message-versions";
import { heartbeatAction } from "@/lib/actions/messages/heartbeat";
import { hideMessageAction } from "@/lib/actions/messages/hide-message";
import { removeLinkPreviewAction } from "@/lib/actions/messages/remove-link-preview";
import { markReceiptsAction } from "@/lib/actions/messages/mark-receipts";
import { unreadSummaryAction } from "@/lib/actions/unread/get-summary";
import { markAllReadAction } from "@/lib/actions/unread/mark-all-read";
import { markConversationReadAction } from "@/lib/actions/unread/mark-conversation-read";
import { markServerReadAction } from "@/lib/actions/unread/mark-server-read";
import { markUnreadAction } from "@/lib/actions/unread/mark-unread";
import { setNotificationsAction } from "@/lib/actions/unread/set-notifications";
import { setServerNotificationsAction } from "@/lib/actions/unread/set-server-notifications";
import { subscribePushAction } from "@/lib/actions/notifications/subscribe-push";
import { unsubscribePushAction } from "@/lib/actions/notifications/unsubscribe-push";
import { setNotificationPreferencesAction } from "@/lib/actions/notifications/set-preferences";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import { listPinsAction } from "@/lib/actions/pins/list-pins";
import { setPinAction } from "@/lib/actions/pins/set-pin";
import { setReactionAction } from "@/lib/actions/reactions/set-reaction";
import { mentionCandidatesAction } from "@/lib/actions/messages/mention-candidates";
import { whoReactedAction } from "@/lib/actions/reactions/who-reacted";
import { GET as emojiData } from "@/app/emojibase/[locale]/[file]/route";
import { createServerAction } from "@/lib/actions/servers/create";
import { deleteServerAction } from "@/lib/actions/servers/delete";
import { transferOwnershipAction } from "@/lib/actions/servers/transfer-ownership";
import { updateServerAction } from "@/lib/actions/servers/update";
import { setLinkPreviewsAction } from "@/lib/actions/servers/set-link-previews";
import { searchUsersAction } from "@/lib/actions/threads/search-users";
import { searchMessagesAction } from "@/lib/actions/search/search-messages";
import { startThreadAction } from "@/lib/actions/threads/start-thread";
import { addParticipantsAction } from "@/lib/actions/threads/add-participants";
import { leaveThreadAction } from "@/lib/actions/threads/leave-thread";
import { removeParticipantAction } from "@/lib/actions/threads/remove-participant";
import { renameThreadAction } from "@/lib/actions/threads/rename-thread";
import { threadSettingsAction } from "@/lib/actions/threads/thread-settings";
import { blockUserAction } from "@/lib/actions/blocks/block-user";
import { unblockUserAction } from "@/lib/actions/blocks/unblock-user";
import { acceptRequestAction } from "@/lib/actions/requests/accept-request";
import { ignoreRequestAction } from "@/lib/actions/requests/ignore-request";
import { setMessagePolicyAction } from "@/lib/actions/requests/set-message-policy";
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
const read = <T extends object>(spec: T) => ({ ...spec, readOnly: true });

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
const notificationPreferences = { timeZone: "Europe/Paris", quietHours: { start: "22:00", end: "07:00" }, digestDelayMinutes: 60 };
/** A browser's push subscription at the tests' local push service (keys well-formed, never decrypted here). */
const pushSubscription = (w: World, who: ActorName) => ({
  endpoint: `${process.env.PUSH_SERVICE_URL}/push/${w.tag}-${who}`,
  keys: { p256dh: `B${"A".repeat(86)}`, auth: "A".repeat(22) },
});

// Columns:                                                    anon  unver member nonMem banned mod  owner susp admin deleted outsider
const SIGNED_IN /* any active account */ = /*               */ "401  ok    ok     ok     ok     ok   ok    401  ok    401  ok";
const PUBLIC_ /* anyone at all */ = /*                      */ "ok   ok    ok     ok     ok     ok   ok    ok   ok    ok   ok";
const VERIFIED = /*                                         */ "401  403   ok     ok     ok     ok   ok    401  ok    401  ok";
const ADMIN = /*                                            */ "401  404   404    404    404    404  404   401  ok    401  404";
const MANAGE = /*                                           */ "401  403   403    403    404    403  ok    401  ok    401  403";
const MANAGE_PRIVATE = /*                                   */ "401  403   403    404    404    403  ok    401  ok    401  403";
const MODERATE = /*                                         */ "401  403   403    403    404    ok   ok    401  ok    401  403";
const MODERATE_PRIVATE = /*                                 */ "401  403   403    404    404    ok   ok    401  ok    401  403";
const ABOVE_MODERATORS = /*                                 */ "401  403   403    403    404    403  ok    401  ok    401  403";
const ABOVE_MODERATORS_PRIVATE = /*                         */ "401  403   403    404    404    403  ok    401  ok    401  403";
const READ = /*                                             */ "401  ok    ok     ok     404    ok   ok    401  ok    401  ok";
const READ_PRIVATE = /*                                     */ "401  ok    ok     404    404    ok   ok    401  404   401  ok";
// A private channel (the world's: chosen are member, unverified, suspended, deleted, targetMember
// and the banned member; not the outsider): on a public and on a private server alike, its
// readers are its chosen members not banned and the staff; everyone else is told it doesn't exist.
const READ_PRIVATE_CHANNEL = /*                             */ "401  ok    ok     404    404    ok   ok    401  404   401  404";
const MODERATE_PRIVATE_CHANNEL = /*                         */ "401  403   403    404    404    ok   ok    401  ok    401  404";
const READ_THREAD = /*                                      */ "401  ok    ok     404    404    ok   ok    401  404   401  404";

// ---- communities ----
//                                                                                              anon  unver member nonMem banned mod  owner susp admin deleted outsider
add("communities", "servers/create", action(createServerAction, (w) => ({ name: `${w.tag} new`, categoryId: w.category.id })), VERIFIED);
both("communities", "servers/update", action(updateServerAction, (w) => ({ serverId: w.server.id, name: `${w.tag} edited`, categoryId: w.otherCategory.id, visibility: w.visibility })), MANAGE, MANAGE_PRIVATE);
both("communities", "servers/set link previews", action(setLinkPreviewsAction, (w) => ({ serverId: w.server.id, enabled: false })), MANAGE, MANAGE_PRIVATE);
both("communities", "servers/delete", action(deleteServerAction, (w) => ({ serverId: w.server.id })), MANAGE, MANAGE_PRIVATE);
both("communities", "servers/transfer-ownership", action(transferOwnershipAction, (w) => member(w, "targetMember")),
  /*                                                                                          */ "401  403   403    403    404    403  ok    401  403   401  403",
  /*                                                                                          */ "401  403   403    404    404    403  ok    401  404   401  403");
both("communities", "members/join", action(joinServerAction, (w) => ({ serverId: w.server.id })),
  /*                                                                                          */ "401  403   ok     ok     404    ok   ok    401  ok    401  ok",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    401  404   401  ok");
both("communities", "invites/accept", action(acceptInviteAction, (w) => ({ code: w.invite.code })),
  /*                                                                                          */ "401  403   ok     ok     404    ok   ok    401  ok    401  ok",
  /*                                                                                          */ "401  403   ok     ok     404    ok   ok    401  ok    401  ok");
both("communities", "members/leave", action(leaveServerAction, (w) => ({ serverId: w.server.id })),
  /*                                                                                          */ "401  ok    ok     403    404    ok   409   401  403   401  ok",
  /*                                                                                          */ "401  ok    ok     404    404    ok   409   401  404   401  ok");
both("communities", "channels/create", action(createChannelAction, (w) => ({ serverId: w.server.id, name: "new channel" })), MODERATE, MODERATE_PRIVATE);
both("communities", "channels/update", action(updateChannelAction, (w) => ({ channelId: w.second.id, name: "renamed", topic: "A topic" })), MODERATE, MODERATE_PRIVATE);
both("communities", "channels/reorder", action(reorderChannelsAction, (w) => ({ serverId: w.server.id, channelIds: [w.second.id, w.privateChannel.id, w.general.id] })), MODERATE, MODERATE_PRIVATE);
both("communities", "channels/delete", action(deleteChannelAction, (w) => ({ channelId: w.second.id })), MODERATE, MODERATE_PRIVATE);
both("communities", "invites/create", action(createInviteAction, (w) => ({ serverId: w.server.id, expiresInMinutes: 60, maxUses: 5 })), MODERATE, MODERATE_PRIVATE);
both("communities", "invites/revoke", action(revokeInviteAction, (w) => ({ inviteId: w.invite.id })), MODERATE, MODERATE_PRIVATE);
both("communities", "members/remove a member", action(removeMemberAction, (w) => member(w, "targetMember")), MODERATE, MODERATE_PRIVATE);
both("communities", "members/ban a member", action(banMemberAction, (w) => member(w, "targetMember")), MODERATE, MODERATE_PRIVATE);
both("communities", "members/remove a moderator", action(removeMemberAction, (w) => member(w, "targetModerator")), ABOVE_MODERATORS, ABOVE_MODERATORS_PRIVATE);
both("communities", "members/ban a moderator", action(banMemberAction, (w) => member(w, "targetModerator")), ABOVE_MODERATORS, ABOVE_MODERATORS_PRIVATE);
both("communities", "members/ban the owner", action(banMemberAction, (w) => member(w, "owner")),
  /*                                                                                          */ "401  403   403    403    404    403  403   401  403   401  403",
  /*                                                                                          */ "401  403   403    404    404    403  403   401  403   401  403");
both("communities", "members/unban", action(unbanMemberAction, (w) => member(w, "bannedTarget")), MODERATE, MODERATE_PRIVATE);
both("communities", "members/set-role", action(setMemberRoleAction, (w) => ({ ...member(w, "targetMember"), role: "MODERATOR" })), MANAGE, MANAGE_PRIVATE);
both("communities", "members/time out a member", action(timeOutMemberAction, (w) => ({ ...member(w, "targetMember"), duration: "1h" })), MODERATE, MODERATE_PRIVATE);
both("communities", "members/time out a moderator", action(timeOutMemberAction, (w) => ({ ...member(w, "targetModerator"), duration: "1d" })), ABOVE_MODERATORS, ABOVE_MODERATORS_PRIVATE);
both("communities", "members/time out the owner", action(timeOutMemberAction, (w) => ({ ...member(w, "owner"), duration: "1w" })),
  /*                                                                                          */ "401  403   403    403    404    403  403   401  403   401  403",
  /*                                                                                          */ "401  403   403    404    404    403  403   401  403   401  403");
both("messaging", "reports/report a channel message", action(reportMessageAction, (w) => ({ messageId: w.channelMessage.id, reason: "SPAM" })), READ, READ_PRIVATE);
add("messaging", "reports/report a thread message", action(reportMessageAction, (w) => ({ messageId: w.threadMessage.id, reason: "SPAM" })), READ_THREAD);
both("communities", "reports/resolve a channel report", action(resolveReportAction, (w) => ({ reportId: w.channelReport.id, action: "dismiss" })), MODERATE, MODERATE_PRIVATE);
add("communities", "reports/resolve a direct thread's report (platform admins only)", action(resolveReportAction, (w) => ({ reportId: w.threadReport.id, action: "dismiss" })), ADMIN);
both("communities", "channels/set slow mode", action(setSlowModeAction, (w) => ({ channelId: w.second.id, seconds: 30 })), MODERATE, MODERATE_PRIVATE);
both("communities", "channels/make a channel private", action(setChannelPrivacyAction, (w) => ({ channelId: w.second.id, private: true })), MODERATE, MODERATE_PRIVATE);
both("communities", "channels/open a private channel to the server", action(setChannelPrivacyAction, (w) => ({ channelId: w.privateChannel.id, private: false })), MODERATE_PRIVATE_CHANNEL, MODERATE_PRIVATE_CHANNEL);
both("communities", "channels/add people to a private channel", action(addChannelMembersAction, (w) => ({ channelId: w.privateChannel.id, userIds: [w.users.outsider.id] })), MODERATE_PRIVATE_CHANNEL, MODERATE_PRIVATE_CHANNEL);
both("communities", "channels/take someone out of a private channel", action(removeChannelMemberAction, (w) => ({ channelId: w.privateChannel.id, userId: w.users.targetMember.id })), MODERATE_PRIVATE_CHANNEL, MODERATE_PRIVATE_CHANNEL);
both("communities", "channels/list a private channel's members", read(action(listChannelMembersAction, (w) => ({ channelId: w.privateChannel.id }))), MODERATE_PRIVATE_CHANNEL, MODERATE_PRIVATE_CHANNEL);
both("communities", "channels/find people for a private channel", read(action(findChannelMemberCandidatesAction, (w) => ({ channelId: w.privateChannel.id, q: "o" }))), MODERATE_PRIVATE_CHANNEL, MODERATE_PRIVATE_CHANNEL);

// ---- messaging ----
const sendTo = (conversation: (w: World) => string) =>
  action(sendMessageAction, (w, actor) => ({ conversationId: conversation(w), clientId: `${w.tag}-${actor}`, body: "hello", attachmentIds: [] }));
both("messaging", "messages/send in a channel", sendTo((w) => w.general.conversationId),
  /*                                                                                          */ "401  403   ok     403    404    ok   ok    401  403   401  ok",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    401  404   401  ok");
both("messaging", "messages/send in a private channel", sendTo((w) => w.privateChannel.conversationId),
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    401  404   401  404",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    401  404   401  404");
add("messaging", "messages/send in a thread", sendTo((w) => w.thread.conversationId),
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    401  404   401  404");
// A reply quotes a message of the same conversation (the hostile-input suite starts from this row).
both("messaging", "messages/reply in a channel",
  action(sendMessageAction, (w, actor) => ({ conversationId: w.general.conversationId, clientId: `${w.tag}-reply-${actor}`, body: "agreed", replyToId: w.channelMessage.id })),
  /*                                                                                          */ "401  403   ok     403    404    ok   ok    401  403   401  ok",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    401  404   401  ok");
// @here / @everyone in a channel: its moderators and owner only (platform admins moderate too, but can't post there).
both("messaging", "messages/send @everyone in a channel",
  action(sendMessageAction, (w, actor) => ({ conversationId: w.general.conversationId, clientId: `${w.tag}-everyone-${actor}`, body: "@everyone hello" })),
  /*                                                                                          */ "401  403   403    403    404    ok   ok    401  403   401  403",
  /*                                                                                          */ "401  403   403    404    404    ok   ok    401  404   401  403");
const mentionable = (conversation: (w: World) => string) => ({ ...action(mentionCandidatesAction, (w) => ({ conversationId: conversation(w), q: "t" })), readOnly: true });
both("messaging", "messages/@-autocomplete in a channel", mentionable((w) => w.general.conversationId), READ, READ_PRIVATE);
both("messaging", "messages/@-autocomplete in a private channel", mentionable((w) => w.privateChannel.conversationId), READ_PRIVATE_CHANNEL, READ_PRIVATE_CHANNEL);
add("messaging", "messages/@-autocomplete in a thread", mentionable((w) => w.thread.conversationId), READ_THREAD);
// Reacting is like posting: members of the server (or the thread's participants), verified.
const react = (message: (w: World) => string) => action(setReactionAction, (w) => ({ messageId: message(w), emoji: "👍", reacted: true }));
both("messaging", "reactions/react to a channel message", react((w) => w.channelMessage.id),
  /*                                                                                          */ "401  403   ok     403    404    ok   ok    401  403   401  ok",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    401  404   401  ok");
add("messaging", "reactions/react to a thread message", react((w) => w.threadMessage.id),
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    401  404   401  404");
both("messaging", "reactions/who reacted to a channel message", { ...action(whoReactedAction, (w) => ({ messageId: w.channelMessage.id })), readOnly: true }, READ, READ_PRIVATE);
add("messaging", "reactions/who reacted to a thread message", { ...action(whoReactedAction, (w) => ({ messageId: w.threadMessage.id })), readOnly: true }, READ_THREAD);
// Pins: a channel's owner and moderators (not platform admins: pins are the community's); any participant of a thread.
const pinning = (message: (w: World) => string, pinned: boolean) => action(setPinAction, (w) => ({ messageId: message(w), pinned }));
for (const [verb, pinned] of [["pin", true], ["unpin", false]] as const) {
  both("messaging", `pins/${verb} a channel message`, pinning((w) => w.channelMessage.id, pinned),
    /*                                                                                        */ "401  403   403    403    404    ok   ok    401  403   401  403",
    /*                                                                                        */ "401  403   403    404    404    ok   ok    401  404   401  403");
  add("messaging", `pins/${verb} a thread message`, pinning((w) => w.threadMessage.id, pinned),
    /*                                                                                        */ "401  403   ok     404    404    ok   ok    401  404   401  404");
}
const pinsIn = (conversation: (w: World) => string) => ({ ...action(listPinsAction, (w) => ({ conversationId: conversation(w) })), readOnly: true });
both("messaging", "pins/list a channel's pins", pinsIn((w) => w.general.conversationId), READ, READ_PRIVATE);
add("messaging", "pins/list a thread's pins", pinsIn((w) => w.thread.conversationId), READ_THREAD);
// Platform admins moderate every server channel, private ones included, without being members.
both("messaging", "messages/delete someone's message in a channel", action(deleteMessageAction, (w) => ({ messageId: w.channelMessage.id })),
  /*                                                                                          */ "401  403   403    403    404    ok   ok    401  ok    401  403",
  /*                                                                                          */ "401  403   403    404    404    ok   ok    401  ok    401  403");
add("messaging", "messages/delete someone's message in a thread", action(deleteMessageAction, (w) => ({ messageId: w.threadMessage.id })),
  /*                                                                                          */ "401  403   403    404    404    403  403   401  404   401  404");
// Nobody edits someone else's message, moderators and admins included (authors: tests/integration/message-edits.test.ts).
both("messaging", "messages/edit someone's message in a channel", action(editMessageAction, (w) => ({ messageId: w.channelMessage.id, body: "edited" })),
  /*                                                                                          */ "401  403   403    403    404    403  403   401  403   401  403",
  /*                                                                                          */ "401  403   403    404    404    403  403   401  404   401  403");
add("messaging", "messages/edit someone's message in a thread", action(editMessageAction, (w) => ({ messageId: w.threadMessage.id, body: "edited" })),
  /*                                                                                          */ "401  403   403    404    404    403  403   401  404   401  404");
// A link preview is removed by its message's author alone (authors: tests/integration/link-previews.test.ts).
both("messaging", "messages/remove the link preview of someone's message in a channel", action(removeLinkPreviewAction, (w) => ({ messageId: w.channelMessage.id })),
  /*                                                                                          */ "401  403   403    403    404    403  403   401  403   401  403",
  /*                                                                                          */ "401  403   403    404    404    403  403   401  404   401  403");
add("messaging", "messages/remove the link preview of someone's message in a thread", action(removeLinkPreviewAction, (w) => ({ messageId: w.threadMessage.id })),
  /*                                                                                          */ "401  403   403    404    404    403  403   401  404   401  404");
both("messaging", "messages/edit history of a channel message", { ...action(messageVersionsAction, (w) => ({ messageId: w.channelMessage.id })), readOnly: true }, READ, READ_PRIVATE);
add("messaging", "messages/edit history of a thread message", { ...action(messageVersionsAction, (w) => ({ messageId: w.threadMessage.id })), readOnly: true }, READ_THREAD);
// Files: asking to upload follows posting; completing and discarding an upload are its uploader's (member's) alone.
const requestUploadTo = (conversation: (w: World) => string) =>
  action(requestUploadAction, (w) => ({ conversationId: conversation(w), name: "notes.txt", size: 6, contentType: "text/plain" }));
both("messaging", "files/request-upload in a channel", requestUploadTo((w) => w.general.conversationId),
  /*                                                                                          */ "401  403   ok     403    404    ok   ok    401  403   401  ok",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    401  404   401  ok");
add("messaging", "files/request-upload in a thread", requestUploadTo((w) => w.thread.conversationId),
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    401  404   401  404");
const UPLOADER_ONLY = /*                                    */ "401  403   ok     404    404    404  404   401  404   401  404";
add("messaging", "files/complete-upload (member's)", action(completeUploadAction, (w) => ({ attachmentId: w.pendingFile.id, alt: "" })), UPLOADER_ONLY);
add("messaging", "files/discard-upload (member's)", action(discardUploadAction, (w) => ({ attachmentId: w.pendingFile.id })),
  /*                                                                                          */ "401  404   ok     404    404    404  404   401  404   401  404");
both("messaging", "messages/hide a channel message for me", action(hideMessageAction, (w) => ({ messageId: w.channelMessage.id })), READ, READ_PRIVATE);
add("messaging", "messages/hide a thread message for me", action(hideMessageAction, (w) => ({ messageId: w.threadMessage.id })), READ_THREAD);
both("messaging", "messages/mark receipts in a channel", action(markReceiptsAction, (w) => ({ conversationId: w.general.conversationId, deliveredSeq: 1, readSeq: 1 })), READ, READ_PRIVATE);
add("messaging", "messages/mark receipts in a thread", action(markReceiptsAction, (w) => ({ conversationId: w.thread.conversationId, deliveredSeq: 1, readSeq: 1 })), READ_THREAD);
add("messaging", "messages/heartbeat", action(heartbeatAction), SIGNED_IN);
add("messaging", "threads/start", action(startThreadAction, (w) => ({ userIds: [w.users.targetMember.id] })), VERIFIED);
add("messaging", "threads/search-users", action(searchUsersAction, (w) => ({ q: w.tag })), SIGNED_IN);
// A group is managed by its creator (the world's thread: the member's) unless it lets everyone;
// anyone in it may leave. People outside it get 404, as for reading it.
const THREAD_CREATOR = /*                                   */ "401  403   ok     404    404    403  403   401  404   401  404";
add("messaging", "threads/rename a group", action(renameThreadAction, (w) => ({ threadId: w.thread.id, title: "Renamed group" })), THREAD_CREATOR);
add("messaging", "threads/add people to a group", action(addParticipantsAction, (w) => ({ threadId: w.thread.id, userIds: [w.users.nonMember.id] })), THREAD_CREATOR);
add("messaging", "threads/remove someone from a group", action(removeParticipantAction, (w) => ({ threadId: w.thread.id, userId: w.users.targetMember.id })), THREAD_CREATOR);
add("messaging", "threads/let everyone manage a group", action(threadSettingsAction, (w) => ({ threadId: w.thread.id, anyoneManages: true })), THREAD_CREATOR);
add("messaging", "threads/leave a group", action(leaveThreadAction, (w) => ({ threadId: w.thread.id })), READ_THREAD);
// The world's message request: owner is its requester; member, moderator and unverified its recipients; the rest strangers to it.
const REQUEST_RECIPIENT = /*                                */ "401  ok    ok     404    404    ok   404   401  404   401  404";
const requestOf = (w: World) => ({ threadId: w.requestThread.id });
add("messaging", "requests/accept", action(acceptRequestAction, requestOf), REQUEST_RECIPIENT);
add("messaging", "requests/ignore", action(ignoreRequestAction, requestOf), REQUEST_RECIPIENT);
add("messaging", "requests/set-message-policy", action(setMessagePolicyAction, () => ({ policy: "SERVERS" })), SIGNED_IN);
// Search answers everyone signed in; what each finds is the property test's (search-scope.test.ts).
both("messaging", "search/messages in a named server", read(action(searchMessagesAction, (w) => ({ q: `hello in:${w.server.slug}`, typing: true }))), SIGNED_IN, SIGNED_IN);
const MEMBERS_ONLY = /*                                     */ "401  ok    ok     404    404    ok   ok    401  404   401  ok";
add("messaging", "unread/get-summary", { ...action(unreadSummaryAction), readOnly: true }, SIGNED_IN);
add("messaging", "unread/mark-all-read", action(markAllReadAction), SIGNED_IN);
both("messaging", "unread/mark-server-read", action(markServerReadAction, (w) => ({ serverId: w.server.id })), MEMBERS_ONLY, MEMBERS_ONLY);
both("messaging", "unread/mark-conversation-read in a channel", action(markConversationReadAction, (w) => ({ conversationId: w.general.conversationId })), READ, READ_PRIVATE);
both("messaging", "unread/mark-conversation-read in a private channel", action(markConversationReadAction, (w) => ({ conversationId: w.privateChannel.conversationId })), READ_PRIVATE_CHANNEL, READ_PRIVATE_CHANNEL);
add("messaging", "unread/mark-conversation-read in a thread", action(markConversationReadAction, (w) => ({ conversationId: w.thread.conversationId })), READ_THREAD);
both("messaging", "unread/mark-unread a channel message", action(markUnreadAction, (w) => ({ messageId: w.channelMessage.id })), READ, READ_PRIVATE);
both("messaging", "unread/set-notifications in a channel", action(setNotificationsAction, (w) => ({ conversationId: w.general.conversationId, level: "MENTIONS", mutedUntil: null })), READ, READ_PRIVATE);
both("messaging", "unread/set-server-notifications", action(setServerNotificationsAction, (w) => ({ serverId: w.server.id, level: "NOTHING", mutedUntil: "9999-12-31T00:00:00.000Z" })), MEMBERS_ONLY, MEMBERS_ONLY);
add("messaging", "unread/set-notifications in a thread", action(setNotificationsAction, (w) => ({ conversationId: w.thread.conversationId, level: "ALL", mutedUntil: "9999-12-31T00:00:00.000Z" })), READ_THREAD);
add("messaging", "notifications/subscribe-push", action(subscribePushAction, (w, who) => pushSubscription(w, who)), SIGNED_IN);
add("messaging", "notifications/unsubscribe-push", action(unsubscribePushAction, (w, who) => ({ endpoint: pushSubscription(w, who).endpoint })), SIGNED_IN);
add("messaging", "notifications/set-preferences", action(setNotificationPreferencesAction, () => notificationPreferences), SIGNED_IN);
add("messaging", "unread/mark-unread a thread message", action(markUnreadAction, (w) => ({ messageId: w.threadMessage.id })), READ_THREAD);

// ---- accounts ----
add("accounts", "auth/sign-up", action(signUpAction, (w) => ({
  fullName: "New Person", email: `${w.tag}-new@example.test`, username: `${w.tag}_new`, password: newPassword, confirmPassword: newPassword,
})), PUBLIC_);
add("accounts", "auth/sign-in", action(signInAction, (w) => ({ email: w.users.targetMember.email, password: TEST_PASSWORD })), PUBLIC_);
add("accounts", "auth/sign-out", action(signOutAction), PUBLIC_);
add("accounts", "auth/request-password-reset", action(requestPasswordResetAction, (w) => ({ email: w.users.targetMember.email })), PUBLIC_);
add("accounts", "auth/request-verification-email", action(requestVerificationEmailAction, (w) => ({ email: w.users.unverifiedTarget.email })), PUBLIC_);
add("accounts", "auth/reset-password", action(resetPasswordAction, (w) => ({ token: w.resetToken, password: newPassword, confirmPassword: newPassword })), PUBLIC_);
add("accounts", "blocks/block", action(blockUserAction, (w) => ({ userId: w.users.targetMember.id })), SIGNED_IN);
add("accounts", "blocks/unblock", action(unblockUserAction, (w) => ({ userId: w.users.targetMember.id })), SIGNED_IN);
add("accounts", "account/update-profile", action(updateProfileAction, (w, actor) => ({ fullName: "Renamed", username: `${w.tag}_r${ACTORS.indexOf(actor)}` })), SIGNED_IN);
add("accounts", "account/set-avatar-url", action(setAvatarUrlAction, () => ({ url: "https://images.example.test/me.png" })), SIGNED_IN);
add("accounts", "account/upload-avatar", action(uploadAvatarAction, () => ({ avatar: png() })), SIGNED_IN);
add("accounts", "account/remove-avatar", action(removeAvatarAction), SIGNED_IN);
add("accounts", "account/change-email", action(changeEmailAction, (w, actor) => ({ email: `${w.tag}-moved-${actor.toLowerCase()}@example.test`, currentPassword: TEST_PASSWORD })), SIGNED_IN);
add("accounts", "account/resend-email-change (none pending)", action(resendEmailChangeAction),
  /*                                                                                          */ "401  409   409    409    409    409  409   401  409   401  409");
add("accounts", "account/cancel-email-change", action(cancelEmailChangeAction), SIGNED_IN);
add("accounts", "account/change-password", action(changePasswordAction, () => ({ currentPassword: TEST_PASSWORD, newPassword, confirmPassword: newPassword })), SIGNED_IN);
add("accounts", "account/resend-verification-email", action(resendVerificationEmailAction),
  /*                                                                                          */ "401  ok    409    409    409    409  409   401  409   401  409");
// Two-factor: nobody in the world has it on, so confirming (no setup started) and new recovery codes are refused by state.
const NO_TWO_FACTOR = /*                                    */ "401  409   409    409    409    409  409   401  409   401  409";
add("accounts", "account/start-two-factor-setup", action(startTwoFactorSetupAction), SIGNED_IN);
add("accounts", "account/confirm-two-factor (no setup started)", action(confirmTwoFactorAction, () => ({ code: "123456" })), NO_TWO_FACTOR);
add("accounts", "account/regenerate-recovery-codes (two-factor off)", action(regenerateRecoveryCodesAction, () => ({ currentPassword: TEST_PASSWORD })), NO_TWO_FACTOR);
add("accounts", "account/disable-two-factor", action(disableTwoFactorAction, () => ({ currentPassword: TEST_PASSWORD })), SIGNED_IN);
// The second sign-in step needs the challenge cookie a right password leaves: without one, nobody gets in.
add("accounts", "auth/complete-second-step (no challenge)", action(completeSecondStepAction, () => ({ code: "123456" })),
  /*                                                                                          */ "401  401   401    401    401    401  401   401  401   401  401");
// Passkeys: the world's people have none, and a made-up credential never verifies.
const fakeCredential = { id: "AAAA", rawId: "AAAA", type: "public-key", clientExtensionResults: {} } as const;
add("accounts", "account/passkey-registration-options", action(passkeyRegistrationOptionsAction), SIGNED_IN);
add("accounts", "account/add-passkey (unverifiable)", action(addPasskeyAction, () => ({ name: "Laptop", response: { ...fakeCredential, response: { clientDataJSON: "e30", attestationObject: "AA" } } })),
  /*                                                                                          */ "401  400   400    400    400    400  400   401  400   401  400");
add("accounts", "account/remove-passkey (not theirs)", action(removePasskeyAction, (w) => ({ passkeyId: w.users.targetMember.id })),
  /*                                                                                          */ "401  404   404    404    404    404  404   401  404   401  404");
add("accounts", "auth/passkey-sign-in-options", action(passkeySignInOptionsAction), PUBLIC_);
add("accounts", "auth/passkey-sign-in", action(passkeySignInAction, () => ({ response: { ...fakeCredential, response: { clientDataJSON: "e30", authenticatorData: "AA", signature: "AA" } } })), PUBLIC_);
add("accounts", "account/delete-account", action(deleteAccountAction, () => ({ password: TEST_PASSWORD, confirmation: "delete my account" })),
  /*                                                                                          */ "401  ok    ok     ok     ok     ok   ok    401  409   401  ok");

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
both("routes", "GET /api/conversations/:id/messages of a private channel", history((w) => w.privateChannel.conversationId), READ_PRIVATE_CHANNEL, READ_PRIVATE_CHANNEL);
add("routes", "GET /api/conversations/:id/messages of a thread", history((w) => w.thread.conversationId), READ_THREAD);
// The read-only path of signed-out visitors: a public server's channels to anyone (a ban still
// holds for a signed-in caller); a private server's channel, a direct thread or a deleted channel to nobody.
const publicHistory = (conversation: (w: World) => string) =>
  read(route("app/api/public/conversations/[conversationId]/messages/route.ts", "GET", (w) => {
    const conversationId = conversation(w);
    return publicConversationMessages(new Request(`http://test/api/public/conversations/${conversationId}/messages`), { params: Promise.resolve({ conversationId }) });
  }));
const NOBODY = /*                                           */ "404  404   404    404    404    404  404   404  404   404  404";
add("routes", "GET /api/public/conversations/:id/messages of a public server's channel", publicHistory((w) => w.general.conversationId),
  /*                                                                                          */ "ok   ok    ok     ok     404    ok   ok    ok   ok    ok   ok");
add("routes", "GET /api/public/conversations/:id/messages of a private server's channel", publicHistory((w) => w.general.conversationId), NOBODY, "PRIVATE");
add("routes", "GET /api/public/conversations/:id/messages of a public server's private channel", publicHistory((w) => w.privateChannel.conversationId), NOBODY);
add("routes", "GET /api/public/conversations/:id/messages of a direct thread", publicHistory((w) => w.thread.conversationId), NOBODY);
add("routes", "GET /api/public/conversations/:id/messages of a deleted channel", publicHistory((w) => w.deletedChannel.conversationId), NOBODY);
add("routes", "GET /emojibase/en/data.json (the emoji picker's data)", read(route("app/emojibase/[locale]/[file]/route.ts", "GET", () =>
  emojiData(new Request("http://test/emojibase/en/data.json"), { params: Promise.resolve({ locale: "en", file: "data.json" }) }))), PUBLIC_);
both("routes", "GET /api/files/:id (a file sent in a channel)", read(route("app/api/files/[attachmentId]/route.ts", "GET", (w) =>
  openFile(new Request(`http://test/api/files/${w.sentFile.id}`), { params: Promise.resolve({ attachmentId: w.sentFile.id }) }))), READ, READ_PRIVATE);
// A link preview's image (a stored copy of a public page's picture): anyone signed in.
add("routes", "GET /api/link-previews/:id/image", read(route("app/api/link-previews/[previewId]/image/route.ts", "GET", (w) =>
  linkPreviewImage(new Request(`http://test/api/link-previews/${w.linkPreview.id}/image`), { params: Promise.resolve({ previewId: w.linkPreview.id }) }))), SIGNED_IN);
// Only the scheduler, with CRON_SECRET, runs the sweep: no session of any kind does.
add("routes", "GET /api/cron/sweep-uploads (a session, no scheduler secret)", read(route("app/api/cron/sweep-uploads/route.ts", "GET", () => sweepUploads(new Request("http://test/api/cron/sweep-uploads")))),
  /*                                                                                          */ "401  401   401    401    401    401  401   401  401   401  401");
add("routes", "GET /api/cron/email-digest (a session, no scheduler secret)", read(route("app/api/cron/email-digest/route.ts", "GET", () => emailDigest(new Request("http://test/api/cron/email-digest")))),
  /*                                                                                          */ "401  401   401    401    401    401  401   401  401   401  401");
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
const SUBSCRIBE = /*                                        */ "401  403   ok     ok     403    ok   ok    401  ok    401  ok";
const SUBSCRIBE_PRIVATE = /*                                */ "401  403   ok     403    403    ok   ok    401  403   401  ok";
const SUBSCRIBE_THREAD = /*                                 */ "401  403   ok     403    403    ok   ok    401  403   401  403";
both("routes", "subscribe private-conversation (server channel)", subscribe("conversation", (w) => w.general.conversationId), SUBSCRIBE, SUBSCRIBE_PRIVATE);
const SUBSCRIBE_PRIVATE_CHANNEL = /*                        */ "401  403   ok     403    403    ok   ok    401  403   401  403";
both("routes", "subscribe private-conversation (private channel)", subscribe("conversation", (w) => w.privateChannel.conversationId), SUBSCRIBE_PRIVATE_CHANNEL, SUBSCRIBE_PRIVATE_CHANNEL);
both("routes", "subscribe presence-conversation (private channel)", subscribe("presence", (w) => w.privateChannel.conversationId), SUBSCRIBE_PRIVATE_CHANNEL, SUBSCRIBE_PRIVATE_CHANNEL);
add("routes", "subscribe private-conversation (direct thread)", subscribe("conversation", (w) => w.thread.conversationId), SUBSCRIBE_THREAD);
both("routes", "subscribe presence-conversation (server channel)", subscribe("presence", (w) => w.general.conversationId), SUBSCRIBE, SUBSCRIBE_PRIVATE);
add("routes", "subscribe presence-conversation (direct thread)", subscribe("presence", (w) => w.thread.conversationId), SUBSCRIBE_THREAD);
add("routes", "subscribe private-user (your own)", {
  target: { kind: "channel", channel: "user", file: REALTIME_AUTH, method: "POST" },
  run: (w, actor) => subscribe("user", () => (actor === "anonymous" ? w.users.member.id : w.users[actor].id)).run(w),
}, SIGNED_IN);
add("routes", "subscribe private-user (someone else's)", subscribe("user", (w) => w.users.targetMember.id),
  /*                                                                                          */ "401  403   403    403    403    403  403   401  403   401  403");
const SUBSCRIBE_MEMBERS = /*                                */ "401  ok    ok     403    403    ok   ok    401  403   401  ok";
both("routes", "subscribe private-server (unread activity)", subscribe("server", (w) => w.server.id), SUBSCRIBE_MEMBERS, SUBSCRIBE_MEMBERS);

// ---- the public JSON API (/api/v1): Bearer access tokens, one API client per actor ----
// A suspended account's still-valid access token hears "suspended" (403) rather than 401.
const API_SIGNED_IN = /*                                    */ "401  ok    ok     ok     ok     ok   ok    403  ok    401  ok";
const API_VERIFIED = /*                                     */ "401  403   ok     ok     ok     ok   ok    403  ok    401  ok";
const API_READ = /*                                         */ "401  ok    ok     ok     404    ok   ok    403  ok    401  ok";
const API_READ_PRIVATE = /*                                 */ "401  ok    ok     404    404    ok   ok    403  404   401  ok";
const API_READ_THREAD = /*                                  */ "401  ok    ok     404    404    ok   ok    403  404   401  404";
const API_SUBSCRIBE = /*                                    */ "401  403   ok     ok     403    ok   ok    403  ok    401  ok";
const API_SUBSCRIBE_PRIVATE = /*                            */ "401  403   ok     403    403    ok   ok    403  403   401  ok";

type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
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
      // Each actor's own address (as asActor gives the web rows): per-IP limits never cross cells.
      headers: { "x-forwarded-for": `198.51.100.${ACTORS.indexOf(actor)}-${w.tag}`, ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(await body(w, actor)) : undefined,
    }));
  },
});
const serverOf = (w: World) => ({ serverId: w.server.id });

add("api", "POST /api/v1/auth/token", api("POST", "/auth/token", undefined, (w) => ({ email: w.users.targetMember.email, password: TEST_PASSWORD })), PUBLIC_);
add("api", "POST /api/v1/auth/refresh", api("POST", "/auth/refresh", undefined, (w) => ({ refresh: w.refreshToken })), PUBLIC_);
add("api", "POST /api/v1/auth/revoke", api("POST", "/auth/revoke", undefined, (w) => ({ refresh: w.refreshToken })), PUBLIC_);
add("api", "POST /api/v1/auth/sign-up", api("POST", "/auth/sign-up", undefined, (w, actor) => ({
  fullName: "New Person", email: `${w.tag}-api-${actor}@example.test`, username: `${w.tag}_a${ACTORS.indexOf(actor)}`, password: newPassword, confirmPassword: newPassword,
})), PUBLIC_);
add("api", "POST /api/v1/auth/verify-email", api("POST", "/auth/verify-email", undefined, (w) => ({ token: w.verificationToken })), PUBLIC_);
add("api", "POST /api/v1/auth/verification-email", api("POST", "/auth/verification-email", undefined, (w) => ({ email: w.users.unverifiedTarget.email })), PUBLIC_);
add("api", "POST /api/v1/auth/password-reset", api("POST", "/auth/password-reset", undefined, (w) => ({ email: w.users.targetMember.email })), PUBLIC_);
add("api", "POST /api/v1/auth/password-reset/confirm", api("POST", "/auth/password-reset/confirm", undefined, (w) => ({ token: w.resetToken, password: newPassword, confirmPassword: newPassword })), PUBLIC_);
add("api", "POST /api/v1/me/verification-email", api("POST", "/me/verification-email"),
  /*                                                                                          */ "401  ok    409    409    409    409  409   403  409   401  409");
add("api", "GET /api/v1/me", read(api("GET", "/me")), API_SIGNED_IN);
add("api", "PATCH /api/v1/me", api("PATCH", "/me", undefined, () => ({ fullName: "Renamed by API" })), API_SIGNED_IN);
add("api", "GET /api/v1/me/servers", read(api("GET", "/me/servers")), API_SIGNED_IN);
add("api", "POST /api/v1/me/heartbeat", api("POST", "/me/heartbeat"), API_SIGNED_IN);
add("api", "GET /api/v1/me/blocks", read(api("GET", "/me/blocks")), API_SIGNED_IN);
add("api", "GET /api/v1/push/config", read(api("GET", "/push/config")), API_SIGNED_IN);
add("api", "POST /api/v1/me/push-subscriptions", api("POST", "/me/push-subscriptions", undefined, pushSubscription), API_SIGNED_IN);
add("api", "GET /api/v1/me/notification-preferences", read(api("GET", "/me/notification-preferences")), API_SIGNED_IN);
add("api", "PUT /api/v1/me/notification-preferences", api("PUT", "/me/notification-preferences", undefined, () => notificationPreferences), API_SIGNED_IN);
add("api", "DELETE /api/v1/me/push-subscriptions", api("DELETE", "/me/push-subscriptions", undefined, (w, who) => ({ endpoint: pushSubscription(w, who).endpoint })), API_SIGNED_IN);
add("api", "POST /api/v1/me/blocks", api("POST", "/me/blocks", undefined, (w) => ({ userId: w.users.targetMember.id })), API_SIGNED_IN);
add("api", "GET /api/v1/me/message-policy", read(api("GET", "/me/message-policy")), API_SIGNED_IN);
add("api", "PUT /api/v1/me/message-policy", api("PUT", "/me/message-policy", undefined, () => ({ policy: "NOBODY" })), API_SIGNED_IN);
add("api", "GET /api/v1/me/message-requests", read(api("GET", "/me/message-requests")), API_SIGNED_IN);
const API_REQUEST_RECIPIENT = /*                            */ "401  ok    ok     404    404    ok   404   403  404   401  404";
add("api", "POST /api/v1/me/message-requests/:threadId/accept", api("POST", "/me/message-requests/{threadId}/accept", (w) => ({ threadId: w.requestThread.id })), API_REQUEST_RECIPIENT);
add("api", "POST /api/v1/me/message-requests/:threadId/ignore", api("POST", "/me/message-requests/{threadId}/ignore", (w) => ({ threadId: w.requestThread.id })), API_REQUEST_RECIPIENT);
add("api", "DELETE /api/v1/me/blocks/:userId", api("DELETE", "/me/blocks/{userId}", (w) => ({ userId: w.users.targetMember.id })), API_SIGNED_IN);
add("api", "GET /api/v1/categories", read(api("GET", "/categories")), API_SIGNED_IN);
add("api", "GET /api/v1/servers (search)", read(api("GET", "/servers", undefined, undefined, "?q=server")), API_SIGNED_IN);
add("api", "POST /api/v1/servers", api("POST", "/servers", undefined, (w) => ({ name: `${w.tag} api`, categoryId: w.category.id })), API_VERIFIED);
both("api", "GET /api/v1/servers/:id", read(api("GET", "/servers/{serverId}", serverOf)), API_READ, API_READ_PRIVATE);
both("api", "GET /api/v1/servers/:id/channels", read(api("GET", "/servers/{serverId}/channels", serverOf)), API_READ, API_READ_PRIVATE);
both("api", "GET /api/v1/servers/:id/members", read(api("GET", "/servers/{serverId}/members", serverOf)), API_READ, API_READ_PRIVATE);
both("api", "POST /api/v1/servers/:id/join", api("POST", "/servers/{serverId}/join", serverOf),
  /*                                                                                          */ "401  403   ok     ok     404    ok   ok    403  ok    401  ok",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    403  404   401  ok");
both("api", "POST /api/v1/servers/:id/leave", api("POST", "/servers/{serverId}/leave", serverOf),
  /*                                                                                          */ "401  ok    ok     403    404    ok   409   403  403   401  ok",
  /*                                                                                          */ "401  ok    ok     404    404    ok   409   403  404   401  ok");
const conversation = (pick: (w: World) => string) => (w: World) => ({ conversationId: pick(w) });
const channelConversation = conversation((w) => w.general.conversationId);
const threadConversation = conversation((w) => w.thread.conversationId);
both("api", "GET /api/v1/conversations/:id/messages of a channel", read(api("GET", "/conversations/{conversationId}/messages", channelConversation)), API_READ, API_READ_PRIVATE);
const API_READ_PRIVATE_CHANNEL = /*                         */ "401  ok    ok     404    404    ok   ok    403  404   401  404";
both("api", "GET /api/v1/conversations/:id/messages of a private channel", read(api("GET", "/conversations/{conversationId}/messages", (w) => ({ conversationId: w.privateChannel.conversationId }))), API_READ_PRIVATE_CHANNEL, API_READ_PRIVATE_CHANNEL);
add("api", "GET /api/v1/conversations/:id/messages of a thread", read(api("GET", "/conversations/{conversationId}/messages", threadConversation)), API_READ_THREAD);
const apiSend = (fill: (w: World) => Record<string, string>) =>
  api("POST", "/conversations/{conversationId}/messages", fill, (w, actor) => ({ clientId: `${w.tag}-api-${actor}`, body: "hello from the API" }));
both("api", "POST /api/v1/conversations/:id/messages in a channel", apiSend(channelConversation),
  /*                                                                                          */ "401  403   ok     403    404    ok   ok    403  403   401  ok",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    403  404   401  ok");
add("api", "POST /api/v1/conversations/:id/messages in a thread", apiSend(threadConversation),
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    403  404   401  404");
both("api", "POST /api/v1/conversations/:id/receipts in a channel", api("POST", "/conversations/{conversationId}/receipts", channelConversation, () => ({ deliveredSeq: 1, readSeq: 1 })), API_READ, API_READ_PRIVATE);
add("api", "POST /api/v1/conversations/:id/receipts in a thread", api("POST", "/conversations/{conversationId}/receipts", threadConversation, () => ({ deliveredSeq: 1, readSeq: 1 })), API_READ_THREAD);
add("api", "GET /api/v1/me/unread", read(api("GET", "/me/unread")), API_SIGNED_IN);
add("api", "POST /api/v1/me/read", api("POST", "/me/read"), API_SIGNED_IN);
both("api", "POST /api/v1/servers/:id/read", api("POST", "/servers/{serverId}/read", serverOf), API_READ_PRIVATE, API_READ_PRIVATE); // members only
both("api", "POST /api/v1/conversations/:id/read in a channel", api("POST", "/conversations/{conversationId}/read", channelConversation), API_READ, API_READ_PRIVATE);
add("api", "POST /api/v1/conversations/:id/read in a thread", api("POST", "/conversations/{conversationId}/read", threadConversation), API_READ_THREAD);
both("api", "POST /api/v1/messages/:id/unread in a channel", api("POST", "/messages/{messageId}/unread", (w) => ({ messageId: w.channelMessage.id })), API_READ, API_READ_PRIVATE);
add("api", "GET /api/v1/me/notifications", read(api("GET", "/me/notifications")), API_SIGNED_IN);
add("api", "GET /api/v1/me/activity", read(api("GET", "/me/activity")), API_SIGNED_IN);
both("api", "PUT /api/v1/conversations/:id/notifications in a channel", api("PUT", "/conversations/{conversationId}/notifications", channelConversation, () => ({ level: "MENTIONS", mutedUntil: null })), API_READ, API_READ_PRIVATE);
both("api", "GET /api/v1/servers/:id/notifications", read(api("GET", "/servers/{serverId}/notifications", serverOf)), API_READ_PRIVATE, API_READ_PRIVATE); // members only
both("api", "PUT /api/v1/servers/:id/notifications", api("PUT", "/servers/{serverId}/notifications", serverOf, () => ({ level: "MENTIONS", mutedUntil: null })), API_READ_PRIVATE, API_READ_PRIVATE); // members only
add("api", "PUT /api/v1/conversations/:id/notifications in a thread", api("PUT", "/conversations/{conversationId}/notifications", threadConversation, () => ({ level: "NOTHING", mutedUntil: null })), API_READ_THREAD);
add("api", "POST /api/v1/messages/:id/unread in a thread", api("POST", "/messages/{messageId}/unread", (w) => ({ messageId: w.threadMessage.id })), API_READ_THREAD);
both("api", "DELETE /api/v1/messages/:id in a channel", api("DELETE", "/messages/{messageId}", (w) => ({ messageId: w.channelMessage.id })),
  /*                                                                                          */ "401  403   403    403    404    ok   ok    403  ok    401  403",
  /*                                                                                          */ "401  403   403    404    404    ok   ok    403  ok    401  403");
add("api", "DELETE /api/v1/messages/:id in a thread", api("DELETE", "/messages/{messageId}", (w) => ({ messageId: w.threadMessage.id })),
  /*                                                                                          */ "401  403   403    404    404    403  403   403  404   401  404");
both("api", "GET /api/v1/messages/:id (locate) in a channel", read(api("GET", "/messages/{messageId}", (w) => ({ messageId: w.channelMessage.id }))), API_READ, API_READ_PRIVATE);
add("api", "GET /api/v1/messages/:id (locate) in a thread", read(api("GET", "/messages/{messageId}", (w) => ({ messageId: w.threadMessage.id }))), API_READ_THREAD);
both("api", "PATCH /api/v1/messages/:id (someone else's) in a channel", api("PATCH", "/messages/{messageId}", (w) => ({ messageId: w.channelMessage.id }), () => ({ body: "edited by API" })),
  /*                                                                                          */ "401  403   403    403    404    403  403   403  403   401  403",
  /*                                                                                          */ "401  403   403    404    404    403  403   403  404   401  403");
add("api", "PATCH /api/v1/messages/:id (someone else's) in a thread", api("PATCH", "/messages/{messageId}", (w) => ({ messageId: w.threadMessage.id }), () => ({ body: "edited by API" })),
  /*                                                                                          */ "401  403   403    404    404    403  403   403  404   401  404");
both("api", "DELETE /api/v1/messages/:id/link-preview (someone else's) in a channel", api("DELETE", "/messages/{messageId}/link-preview", (w) => ({ messageId: w.channelMessage.id })),
  /*                                                                                          */ "401  403   403    403    404    403  403   403  403   401  403",
  /*                                                                                          */ "401  403   403    404    404    403  403   403  404   401  403");
add("api", "DELETE /api/v1/messages/:id/link-preview (someone else's) in a thread", api("DELETE", "/messages/{messageId}/link-preview", (w) => ({ messageId: w.threadMessage.id })),
  /*                                                                                          */ "401  403   403    404    404    403  403   403  404   401  404");
both("api", "GET /api/v1/messages/:id/versions in a channel", read(api("GET", "/messages/{messageId}/versions", (w) => ({ messageId: w.channelMessage.id }))), API_READ, API_READ_PRIVATE);
add("api", "GET /api/v1/messages/:id/versions in a thread", read(api("GET", "/messages/{messageId}/versions", (w) => ({ messageId: w.threadMessage.id }))), API_READ_THREAD);
const reactionsOf = (message: (w: World) => string) => (w: World) => ({ messageId: message(w) });
both("api", "PUT /api/v1/messages/:id/reactions in a channel", api("PUT", "/messages/{messageId}/reactions", reactionsOf((w) => w.channelMessage.id), () => ({ emoji: "🎉" })),
  /*                                                                                          */ "401  403   ok     403    404    ok   ok    403  403   401  ok",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    403  404   401  ok");
add("api", "PUT /api/v1/messages/:id/reactions in a thread", api("PUT", "/messages/{messageId}/reactions", reactionsOf((w) => w.threadMessage.id), () => ({ emoji: "🎉" })),
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    403  404   401  404");
both("api", "DELETE /api/v1/messages/:id/reactions in a channel", api("DELETE", "/messages/{messageId}/reactions", reactionsOf((w) => w.channelMessage.id), undefined, `?emoji=${encodeURIComponent("🎉")}`),
  /*                                                                                          */ "401  403   ok     403    404    ok   ok    403  403   401  ok",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    403  404   401  ok");
add("api", "DELETE /api/v1/messages/:id/reactions in a thread", api("DELETE", "/messages/{messageId}/reactions", reactionsOf((w) => w.threadMessage.id), undefined, `?emoji=${encodeURIComponent("🎉")}`),
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    403  404   401  404");
both("api", "GET /api/v1/messages/:id/reactions in a channel", read(api("GET", "/messages/{messageId}/reactions", reactionsOf((w) => w.channelMessage.id))), API_READ, API_READ_PRIVATE);
add("api", "GET /api/v1/messages/:id/reactions in a thread", read(api("GET", "/messages/{messageId}/reactions", reactionsOf((w) => w.threadMessage.id))), API_READ_THREAD);
for (const method of ["PUT", "DELETE"] as const) {
  both("api", `${method} /api/v1/messages/:id/pin in a channel`, api(method, "/messages/{messageId}/pin", (w) => ({ messageId: w.channelMessage.id })),
    /*                                                                                        */ "401  403   403    403    404    ok   ok    403  403   401  403",
    /*                                                                                        */ "401  403   403    404    404    ok   ok    403  404   401  403");
  add("api", `${method} /api/v1/messages/:id/pin in a thread`, api(method, "/messages/{messageId}/pin", (w) => ({ messageId: w.threadMessage.id })),
    /*                                                                                        */ "401  403   ok     404    404    ok   ok    403  404   401  404");
}
both("api", "GET /api/v1/conversations/:id/pins of a channel", read(api("GET", "/conversations/{conversationId}/pins", (w) => ({ conversationId: w.general.conversationId }))), API_READ, API_READ_PRIVATE);
add("api", "GET /api/v1/conversations/:id/pins of a thread", read(api("GET", "/conversations/{conversationId}/pins", (w) => ({ conversationId: w.thread.conversationId }))), API_READ_THREAD);
both("api", "POST /api/v1/messages/:id/hide in a channel", api("POST", "/messages/{messageId}/hide", (w) => ({ messageId: w.channelMessage.id })), API_READ, API_READ_PRIVATE);
add("api", "POST /api/v1/messages/:id/hide in a thread", api("POST", "/messages/{messageId}/hide", (w) => ({ messageId: w.threadMessage.id })), API_READ_THREAD);
const API_MODERATE = /*                                     */ "401  403   403    403    404    ok   ok    403  ok    401  403";
const API_MODERATE_PRIVATE = /*                             */ "401  403   403    404    404    ok   ok    403  ok    401  403";
both("api", "POST /api/v1/servers/:id/members/:userId/timeout", api("POST", "/servers/{serverId}/members/{userId}/timeout", (w) => member(w, "targetMember"), () => ({ duration: "1h" })), API_MODERATE, API_MODERATE_PRIVATE);
const API_MANAGE = /*                                       */ "401  403   403    403    404    403  ok    403  ok    401  403";
const API_MANAGE_PRIVATE = /*                               */ "401  403   403    404    404    403  ok    403  ok    401  403";
both("api", "PUT /api/v1/servers/:id/link-previews", api("PUT", "/servers/{serverId}/link-previews", serverOf, () => ({ enabled: false })), API_MANAGE, API_MANAGE_PRIVATE);
both("api", "PUT /api/v1/channels/:id/slow-mode", api("PUT", "/channels/{channelId}/slow-mode", (w) => ({ channelId: w.second.id }), () => ({ seconds: 10 })), API_MODERATE, API_MODERATE_PRIVATE);
const API_MODERATE_PRIVATE_CHANNEL = /*                     */ "401  403   403    404    404    ok   ok    403  ok    401  404";
const privateChannelOf = (w: World) => ({ channelId: w.privateChannel.id });
both("api", "PUT /api/v1/channels/:id/privacy", api("PUT", "/channels/{channelId}/privacy", (w) => ({ channelId: w.second.id }), () => ({ private: true })), API_MODERATE, API_MODERATE_PRIVATE);
both("api", "GET /api/v1/channels/:id/members", read(api("GET", "/channels/{channelId}/members", privateChannelOf)), API_MODERATE_PRIVATE_CHANNEL, API_MODERATE_PRIVATE_CHANNEL);
both("api", "POST /api/v1/channels/:id/members", api("POST", "/channels/{channelId}/members", privateChannelOf, (w) => ({ userIds: [w.users.outsider.id] })), API_MODERATE_PRIVATE_CHANNEL, API_MODERATE_PRIVATE_CHANNEL);
both("api", "DELETE /api/v1/channels/:id/members/:userId", api("DELETE", "/channels/{channelId}/members/{userId}", (w) => ({ channelId: w.privateChannel.id, userId: w.users.targetMember.id })), API_MODERATE_PRIVATE_CHANNEL, API_MODERATE_PRIVATE_CHANNEL);
both("api", "POST /api/v1/messages/:id/report in a channel", api("POST", "/messages/{messageId}/report", (w) => ({ messageId: w.channelMessage.id }), () => ({ reason: "SPAM" })), API_READ, API_READ_PRIVATE);
add("api", "POST /api/v1/messages/:id/report in a thread", api("POST", "/messages/{messageId}/report", (w) => ({ messageId: w.threadMessage.id }), () => ({ reason: "SPAM" })), API_READ_THREAD);
both("api", "GET /api/v1/servers/:id/reports", read(api("GET", "/servers/{serverId}/reports", serverOf)), API_MODERATE, API_MODERATE_PRIVATE);
add("api", "GET /api/v1/reports (platform queue)", read(api("GET", "/reports")),
  /*                                                                                          */ "401  404   404    404    404    404  404   403  ok    401  404");
both("api", "POST /api/v1/reports/:id/resolve (channel report)", api("POST", "/reports/{reportId}/resolve", (w) => ({ reportId: w.channelReport.id }), () => ({ action: "dismiss" })), API_MODERATE, API_MODERATE_PRIVATE);
both("api", "POST /api/v1/conversations/:id/uploads in a channel", api("POST", "/conversations/{conversationId}/uploads", channelConversation, () => ({ name: "a.txt", size: 6, contentType: "text/plain" })),
  /*                                                                                          */ "401  403   ok     403    404    ok   ok    403  403   401  ok",
  /*                                                                                          */ "401  403   ok     404    404    ok   ok    403  404   401  ok");
add("api", "POST /api/v1/uploads/:id/complete (member's)", api("POST", "/uploads/{attachmentId}/complete", (w) => ({ attachmentId: w.pendingFile.id }), () => ({})),
  /*                                                                                          */ "401  403   ok     404    404    404  404   403  404   401  404");
add("api", "DELETE /api/v1/uploads/:id (member's)", api("DELETE", "/uploads/{attachmentId}", (w) => ({ attachmentId: w.pendingFile.id })),
  /*                                                                                          */ "401  404   ok     404    404    404  404   403  404   401  404");
both("api", "GET /api/v1/conversations/:id/files of a channel", read(api("GET", "/conversations/{conversationId}/files", channelConversation)), API_READ, API_READ_PRIVATE);
add("api", "GET /api/v1/conversations/:id/files of a thread", read(api("GET", "/conversations/{conversationId}/files", threadConversation)), API_READ_THREAD);
add("api", "GET /api/v1/threads", read(api("GET", "/threads")), API_SIGNED_IN);
add("api", "POST /api/v1/threads", api("POST", "/threads", undefined, (w) => ({ userIds: [w.users.targetMember.id] })), API_VERIFIED);
add("api", "GET /api/v1/threads/:id", read(api("GET", "/threads/{threadId}", (w) => ({ threadId: w.thread.id }))), API_READ_THREAD);
const API_THREAD_CREATOR = /*                               */ "401  403   ok     404    404    403  403   403  404   401  404";
const threadOf = (w: World) => ({ threadId: w.thread.id });
add("api", "PATCH /api/v1/threads/:id", api("PATCH", "/threads/{threadId}", threadOf, () => ({ title: "Renamed by API" })), API_THREAD_CREATOR);
add("api", "PUT /api/v1/threads/:id/settings", api("PUT", "/threads/{threadId}/settings", threadOf, () => ({ anyoneManages: true })), API_THREAD_CREATOR);
add("api", "POST /api/v1/threads/:id/participants", api("POST", "/threads/{threadId}/participants", threadOf, (w) => ({ userIds: [w.users.nonMember.id] })), API_THREAD_CREATOR);
add("api", "DELETE /api/v1/threads/:id/participants/:userId", api("DELETE", "/threads/{threadId}/participants/{userId}", (w) => ({ threadId: w.thread.id, userId: w.users.targetMember.id })), API_THREAD_CREATOR);
add("api", "POST /api/v1/threads/:id/leave", api("POST", "/threads/{threadId}/leave", threadOf), API_READ_THREAD);
add("api", "GET /api/v1/search/messages", read(api("GET", "/search/messages", undefined, undefined, "?q=hello%20from:@someone&sort=relevance")), API_SIGNED_IN);
add("api", "GET /api/v1/users (people search)", read(api("GET", "/users", undefined, undefined, "?q=target")), API_SIGNED_IN);
add("api", "GET /api/v1/realtime/config", read(api("GET", "/realtime/config")), API_SIGNED_IN);
add("api", "GET /api/v1/openapi.json", read(api("GET", "/openapi.json")), PUBLIC_);
const apiSubscribe = (kind: ChannelKind, id: (w: World) => string) =>
  read(api("POST", "/realtime/auth", undefined, (w) => ({ socket_id: "1234.5678", channel_name: channelName(kind, id(w)) })));
both("api", "POST /api/v1/realtime/auth: private-conversation (server channel)", apiSubscribe("conversation", (w) => w.general.conversationId), API_SUBSCRIBE, API_SUBSCRIBE_PRIVATE);
both("api", "POST /api/v1/realtime/auth: private-conversation (private channel)", apiSubscribe("conversation", (w) => w.privateChannel.conversationId),
  /*                                                                                          */ "401  403   ok     403    403    ok   ok    403  403   401  403",
  /*                                                                                          */ "401  403   ok     403    403    ok   ok    403  403   401  403");
add("api", "POST /api/v1/realtime/auth: presence-conversation (direct thread)", apiSubscribe("presence", (w) => w.thread.conversationId),
  /*                                                                                          */ "401  403   ok     403    403    ok   ok    403  403   401  403");
add("api", "POST /api/v1/realtime/auth: private-user (someone else's)", apiSubscribe("user", (w) => w.users.targetMember.id),
  /*                                                                                          */ "401  403   403    403    403    403  403   403  403   401  403");
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
}), "403  403   403    403    403    403  403   403  403   403  403");
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
}), "404  404   404    404    404    404  404   404  404   404  404");

// ---- Auth.js's own endpoints: public by design. Integration tests stand Auth.js in, so these rows
// run over HTTP against the built app (tests/e2e/security.test.ts), with the actors' real cookies.
const authJs = (method: "GET" | "POST", path: string) =>
  route("app/api/auth/[...nextauth]/route.ts", method, () => {
    throw new Error(`${method} ${path} runs over HTTP only`);
  });
add("routes", "GET /api/auth/session", { ...authJs("GET", "/api/auth/session"), http: { method: "GET", path: "/api/auth/session" } }, PUBLIC_);
add("routes", "POST /api/auth/signout (no CSRF token: refused, signs nobody out)", { ...authJs("POST", "/api/auth/signout"), http: { method: "POST", path: "/api/auth/signout" } },
  /*                                                                                          */ "ok   ok    ok     ok     ok     ok   ok    ok   ok    ok   ok");

export const matrix: readonly Row[] = rows;
