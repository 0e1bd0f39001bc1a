import { z } from "zod";
import { MAX_IMAGE_BYTES } from "@/lib/uploads/limits";
import { id } from "@/lib/zod/fields";
import { visibleName } from "@/lib/zod/visible-text";

export const SERVER_NAME_MAX = 50;
export const SERVER_DESCRIPTION_MAX = 300;

export const serverName = visibleName(
  z
    .string({ error: "Name your server" })
    .trim()
    .min(2, "Use at least 2 characters")
    .max(SERVER_NAME_MAX, `Use at most ${SERVER_NAME_MAX} characters`),
);

const description = z
  .string()
  .trim()
  .max(SERVER_DESCRIPTION_MAX, `Use at most ${SERVER_DESCRIPTION_MAX} characters`)
  .default("");

export const visibility = z.enum(["PUBLIC", "PRIVATE"], { error: "Choose public or private" });

/** An uploaded icon: an empty file input means "no new icon". The bytes are checked on the server. */
const iconFile = z
  .custom<File>((value) => typeof File !== "undefined" && value instanceof File, "Choose an image file")
  .refine((file) => file.size <= MAX_IMAGE_BYTES, "Images can be at most 2 MB")
  .optional()
  .transform((file) => (file && file.size > 0 ? file : undefined));

/** Or an icon hosted elsewhere, over https. */
const iconUrl = z
  .string()
  .trim()
  .max(500, "That address is too long")
  .refine((value) => value === "" || /^https:\/\/[^\s]+$/i.test(value), "Use an https:// address")
  .refine((value) => value === "" || URL.canParse(value), "Enter a valid address")
  .optional()
  .transform((value) => value || undefined);

export const createServerSchema = z.object({
  name: serverName,
  description,
  categoryId: z.string({ error: "Choose a category" }).trim().min(1, "Choose a category").max(64).regex(/^[a-z0-9]+$/i, "Choose a category"),
  visibility: visibility.default("PUBLIC"),
  icon: iconFile,
  iconUrl,
});
export type CreateServerInput = z.infer<typeof createServerSchema>;

export const updateServerSchema = createServerSchema.extend({
  serverId: id,
  /** "on" (a checkbox): drop the current icon. */
  removeIcon: z.preprocess((value) => value === "on" || value === true || value === "true", z.boolean()).default(false),
});
export type UpdateServerInput = z.infer<typeof updateServerSchema>;

export const serverIdSchema = z.object({ serverId: id });

export const setLinkPreviewsSchema = z.object({ serverId: id, enabled: z.boolean({ error: "Say whether previews are on (true) or off (false)" }) });
export type SetLinkPreviewsInput = z.infer<typeof setLinkPreviewsSchema>;

export const transferOwnershipSchema = z.object({ serverId: id, userId: id });
