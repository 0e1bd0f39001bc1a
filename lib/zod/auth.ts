import { z } from "zod";
import { currentPassword, email } from "@/lib/zod/fields";

export const signInSchema = z.object({
  email,
  password: currentPassword,
  callbackUrl: z.string().max(2048).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;
