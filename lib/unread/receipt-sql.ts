import "server-only";

import { Prisma } from "@/generated/prisma/client";

/** Ends an INSERT INTO "Receipt": on an existing receipt, the marks only move forward. */
export const upsertForward = Prisma.sql`ON CONFLICT ("conversationId", "userId") DO UPDATE SET
      "deliveredSeq" = GREATEST("Receipt"."deliveredSeq", EXCLUDED."deliveredSeq"),
      "readSeq" = GREATEST("Receipt"."readSeq", EXCLUDED."readSeq"),
      "updatedAt" = now()
    WHERE EXCLUDED."readSeq" > "Receipt"."readSeq" OR EXCLUDED."deliveredSeq" > "Receipt"."deliveredSeq"`;
