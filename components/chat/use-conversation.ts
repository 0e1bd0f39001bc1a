"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { toast } from "@/components/ui/toast";
import { markReceiptsAction } from "@/lib/actions/messages/mark-receipts";
import { sendMessageAction } from "@/lib/actions/messages/send-message";
import type { MessagesPage } from "@/lib/messages/page";
import { ConversationSync, type SyncApi } from "@/lib/messages/client/sync";
import { useChannel } from "@/components/realtime/use-channel";

async function fetchPage(conversationId: string, query: { before?: number; after?: number; changedSince?: string }): Promise<MessagesPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const response = await fetch(`/api/conversations/${conversationId}/messages?${params}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`messages request failed (${response.status})`);
  return response.json();
}

function browserApi(conversationId: string): SyncApi {
  return {
    fetchPage: (query) => fetchPage(conversationId, query),
    send: (input) => sendMessageAction(input),
    markReceipts: (input) => markReceiptsAction(input),
  };
}

/**
 * One conversation kept in step with the server: starting from the newest page, rendered with
 * the page, then realtime events, a catch-up after every (re)subscription (pusher-js subscribes
 * again after each reconnect; the first one fetches what was sent since the page was rendered),
 * and again when the tab comes back to the foreground or the browser back online.
 */
export function useConversation(conversationId: string, viewerId: string, newestPage: MessagesPage) {
  const [sync] = useState(
    () => new ConversationSync(conversationId, viewerId, browserApi(conversationId), { onError: (message) => toast.error(message) }, newestPage),
  );
  const snapshot = useSyncExternalStore(sync.subscribe, sync.getSnapshot, sync.getSnapshot);

  useEffect(() => {
    sync.activate();
    const catchUp = () => {
      if (document.visibilityState === "visible") void sync.catchUp();
    };
    document.addEventListener("visibilitychange", catchUp);
    window.addEventListener("online", catchUp);
    return () => {
      document.removeEventListener("visibilitychange", catchUp);
      window.removeEventListener("online", catchUp);
      sync.dispose();
    };
  }, [sync]);

  const channel = useChannel("conversation", conversationId, sync.conversationHandlers, { onSubscribed: () => void sync.catchUp() });
  useChannel("user", viewerId, sync.userHandlers);

  return { sync, ...snapshot, subscribed: channel !== null };
}
