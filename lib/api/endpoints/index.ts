import "server-only";
import type { Endpoint } from "@/lib/api/endpoint";
import {
  requestPasswordResetEndpoint,
  requestVerificationEmailEndpoint,
  resendVerificationEndpoint,
  resetPasswordEndpoint,
  signUpEndpoint,
  verifyEmailEndpoint,
} from "@/lib/api/endpoints/accounts";
import { createToken, refreshToken, revokeToken } from "@/lib/api/endpoints/auth";
import { getMe, heartbeat, listMyServers, updateMe } from "@/lib/api/endpoints/me";
import {
  deleteMessageEndpoint,
  editMessageEndpoint,
  hideMessageEndpoint,
  listMessagesEndpoint,
  locateMessageEndpoint,
  markReceiptsEndpoint,
  messageVersionsEndpoint,
  sendMessageEndpoint,
} from "@/lib/api/endpoints/messages";
import { removeLinkPreviewEndpoint, setLinkPreviewsEndpoint } from "@/lib/api/endpoints/link-previews";
import { completeUploadEndpoint, discardUploadEndpoint, listFilesEndpoint, requestUploadEndpoint } from "@/lib/api/endpoints/files";
import { blockUserEndpoint, listBlocks, unblockUserEndpoint } from "@/lib/api/endpoints/blocks";
import { setSlowModeEndpoint, timeOutMemberEndpoint } from "@/lib/api/endpoints/moderation";
import { listPinsEndpoint, pinMessageEndpoint, unpinMessageEndpoint } from "@/lib/api/endpoints/pins";
import { addReactionEndpoint, listReactionsEndpoint, removeReactionEndpoint } from "@/lib/api/endpoints/reactions";
import { authorizeRealtime, getRealtimeConfig } from "@/lib/api/endpoints/realtime";
import { listReports, listServerReports, reportMessageEndpoint, resolveReportEndpoint } from "@/lib/api/endpoints/reports";
import {
  getNotificationPreferencesEndpoint,
  getPushConfig,
  setNotificationPreferencesEndpoint,
  subscribePushEndpoint,
  unsubscribePushEndpoint,
} from "@/lib/api/endpoints/notifications";
import { searchMessagesEndpoint } from "@/lib/api/endpoints/search";
import {
  getUnreadSummary,
  listActivityEndpoint,
  listNotificationSettingsEndpoint,
  markAllReadEndpoint,
  markConversationReadEndpoint,
  markServerReadEndpoint,
  markUnreadEndpoint,
  setNotificationSettingEndpoint,
} from "@/lib/api/endpoints/unread";
import {
  createServerEndpoint,
  getServer,
  joinServerEndpoint,
  leaveServerEndpoint,
  listCategoriesEndpoint,
  listChannels,
  listMembersEndpoint,
  searchServers,
} from "@/lib/api/endpoints/servers";
import {
  addParticipantsEndpoint,
  getThread,
  leaveThreadEndpoint,
  listThreads,
  removeParticipantEndpoint,
  renameThreadEndpoint,
  searchPeople,
  startThreadEndpoint,
  threadSettingsEndpoint,
} from "@/lib/api/endpoints/threads";

/** Every endpoint of /api/v1, in documentation order. A test checks each is mounted by a route file and vice versa. */
export const apiEndpoints: Endpoint[] = [
  createToken,
  refreshToken,
  revokeToken,
  signUpEndpoint,
  verifyEmailEndpoint,
  requestVerificationEmailEndpoint,
  resendVerificationEndpoint,
  requestPasswordResetEndpoint,
  resetPasswordEndpoint,
  getMe,
  updateMe,
  listMyServers,
  heartbeat,
  listCategoriesEndpoint,
  searchServers,
  createServerEndpoint,
  getServer,
  joinServerEndpoint,
  leaveServerEndpoint,
  listChannels,
  listMembersEndpoint,
  listMessagesEndpoint,
  sendMessageEndpoint,
  markReceiptsEndpoint,
  deleteMessageEndpoint,
  hideMessageEndpoint,
  requestUploadEndpoint,
  completeUploadEndpoint,
  discardUploadEndpoint,
  listFilesEndpoint,
  removeLinkPreviewEndpoint,
  setLinkPreviewsEndpoint,
  searchMessagesEndpoint,
  locateMessageEndpoint,
  editMessageEndpoint,
  messageVersionsEndpoint,
  listReactionsEndpoint,
  addReactionEndpoint,
  removeReactionEndpoint,
  listPinsEndpoint,
  pinMessageEndpoint,
  unpinMessageEndpoint,
  getUnreadSummary,
  markConversationReadEndpoint,
  markServerReadEndpoint,
  markAllReadEndpoint,
  markUnreadEndpoint,
  listNotificationSettingsEndpoint,
  setNotificationSettingEndpoint,
  listActivityEndpoint,
  getPushConfig,
  subscribePushEndpoint,
  unsubscribePushEndpoint,
  getNotificationPreferencesEndpoint,
  setNotificationPreferencesEndpoint,
  listThreads,
  startThreadEndpoint,
  getThread,
  renameThreadEndpoint,
  threadSettingsEndpoint,
  addParticipantsEndpoint,
  removeParticipantEndpoint,
  leaveThreadEndpoint,
  searchPeople,
  listBlocks,
  blockUserEndpoint,
  unblockUserEndpoint,
  reportMessageEndpoint,
  timeOutMemberEndpoint,
  setSlowModeEndpoint,
  listServerReports,
  listReports,
  resolveReportEndpoint,
  getRealtimeConfig,
  authorizeRealtime,
];
