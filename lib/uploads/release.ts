import "server-only";
import { db, type Prisma } from "@/lib/db";

type Client = Prisma.TransactionClient | typeof db;

const UPLOAD_URL = /^\/api\/uploads\/([a-z0-9]+)$/i;

/**
 * Deletes the stored image behind `url` once nothing shows it any more (no server icon, no
 * avatar): a replaced or deleted server's icon would otherwise stay served forever.
 */
export async function releaseUpload(url: string | null | undefined, client: Client = db): Promise<void> {
  const id = url ? UPLOAD_URL.exec(url)?.[1] : undefined;
  if (!id) return;
  const [icons, avatars] = await Promise.all([client.server.count({ where: { icon: url } }), client.user.count({ where: { image: url } })]);
  if (icons + avatars === 0) await client.upload.deleteMany({ where: { id } });
}
