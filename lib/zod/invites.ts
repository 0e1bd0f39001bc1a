import { z } from "zod";
import { id } from "@/lib/zod/fields";

/** Choices offered for an invite's lifetime, in minutes ("0": never expires). */
export const INVITE_EXPIRY_CHOICES = [
  { minutes: 30, label: "30 minutes" },
  { minutes: 60, label: "1 hour" },
  { minutes: 60 * 24, label: "1 day" },
  { minutes: 60 * 24 * 7, label: "7 days" },
  { minutes: 0, label: "Never" },
] as const;

export const INVITE_MAX_USES_CHOICES = [0, 1, 5, 10, 25, 100] as const;

export const createInviteSchema = z.object({
  serverId: id,
  expiresInMinutes: z.coerce
    .number({ error: "Choose when the link expires" })
    .int()
    .min(0)
    .max(60 * 24 * 30, "Links can last at most 30 days")
    .default(60 * 24 * 7),
  maxUses: z.coerce.number({ error: "Choose a use limit" }).int().min(0, "Choose a use limit").max(1000, "At most 1000 uses").default(0),
});
export type CreateInviteInput = z.infer<typeof createInviteSchema>;

export const inviteCode = z.string().trim().min(4).max(32).regex(/^[A-Za-z0-9]+$/, "Invalid invite code");

export const inviteIdSchema = z.object({ inviteId: id });
export const inviteCodeSchema = z.object({ code: inviteCode });
