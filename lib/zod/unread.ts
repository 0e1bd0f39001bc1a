import { z } from "zod";
import { id } from "@/lib/zod/fields";

export const conversationRefSchema = z.object({ conversationId: id });
export const serverRefSchema = z.object({ serverId: id });
