import { z } from "zod";
import { id } from "@/lib/zod/fields";

/** Who may message someone: everyone, people in their servers, or nobody new. */
export const messagePolicy = z.enum(["ANYONE", "SERVERS", "NOBODY"], { error: "Choose who can message you" });
export type MessagePolicy = z.infer<typeof messagePolicy>;

export const messagePolicySchema = z.object({ policy: messagePolicy });
export type MessagePolicyInput = z.infer<typeof messagePolicySchema>;

/** A message request the signed-in person received: the thread it opened. */
export const messageRequestSchema = z.object({ threadId: id });
export type MessageRequestInput = z.infer<typeof messageRequestSchema>;
