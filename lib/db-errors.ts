import { Prisma } from "@/generated/prisma/client";

/**
 * The name of the unique index a write violated (e.g. "User_email_key"), or null for any other
 * error: the race between "is it free?" and the insert ends here.
 */
export function violatedUniqueIndex(error: unknown): string | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  const meta = error.meta as { driverAdapterError?: { cause?: { constraint?: { index?: string } } }; target?: unknown } | undefined;
  const index = meta?.driverAdapterError?.cause?.constraint?.index ?? meta?.target;
  return typeof index === "string" ? index : "unknown";
}
