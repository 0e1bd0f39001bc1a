import { z } from "zod";
import { id } from "@/lib/zod/fields";

export const blockUserSchema = z.object({ userId: id });
export type BlockUserInput = z.output<typeof blockUserSchema>;
