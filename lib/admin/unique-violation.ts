import { Prisma } from "@/generated/prisma/client";

/**
 * True when a write failed on a unique constraint (someone took the name or slug meanwhile):
 * P2002 from the query builder, or a raw query (P2010) that the driver reports as one.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === "P2002") return true;
  const cause = (error.meta as { driverAdapterError?: { cause?: { kind?: string } } } | undefined)?.driverAdapterError?.cause;
  return error.code === "P2010" && cause?.kind === "UniqueConstraintViolation";
}
