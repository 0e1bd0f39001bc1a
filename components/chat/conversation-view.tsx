import { MessagesSquare } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";

export type ConversationViewProps = {
  conversationId: string;
  kind: "channel" | "thread";
  /** Shown in the composer placeholder and to screen readers, e.g. "#general" or "Alice". */
  title: string;
  viewer: { id: string; username: string; fullName: string; image: string | null };
  canPost: boolean;
  canModerate: boolean;
};

/**
 * The message pane of a channel or a direct thread: history, composer, typing, receipts,
 * presence. (Placeholder until the messaging work lands; pages already render it.)
 */
export function ConversationView({ title }: ConversationViewProps) {
  return (
    <div className="flex min-h-0 flex-1 items-center justify-center p-6">
      <EmptyState icon={MessagesSquare} title={`Welcome to ${title}`} description="Messages will appear here." />
    </div>
  );
}
