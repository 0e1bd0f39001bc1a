import "server-only";
import { Prisma } from "@/generated/prisma/client";

type DriverCause = { kind?: string; constraint?: { index?: string } };

/**
 * The name of the unique index a write violated (e.g. "User_email_key"; "unknown" when the driver
 * doesn't say), or null for any other error: the race between "is it free?" and the insert ends
 * here. P2002 comes from the query builder; a raw query reports it as P2010 with the driver's cause.
 */
export function violatedUniqueIndex(error: unknown): string | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  const meta = error.meta as { driverAdapterError?: { cause?: DriverCause }; target?: unknown } | undefined;
  const cause = meta?.driverAdapterError?.cause;
  if (error.code !== "P2002" && !(error.code === "P2010" && cause?.kind === "UniqueConstraintViolation")) return null;
  const index = cause?.constraint?.index ?? meta?.target;
  return typeof index === "string" ? index : "unknown";
}

/** True when a write failed on a unique constraint (someone took the name or slug meanwhile). */
export function isUniqueViolation(error: unknown): boolean {
  return violatedUniqueIndex(error) !== null;
}
