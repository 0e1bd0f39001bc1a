import { z } from "zod";
import { email, fullName, newPassword, username } from "@/lib/zod/fields";

export const createAdminSchema = z.object({ email, username, fullName, password: newPassword });
export type CreateAdminInput = z.infer<typeof createAdminSchema>;
