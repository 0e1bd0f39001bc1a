// Keyset cursors for newest-first lists ordered by (createdAt, id): "<ISO time>_<id>".

export function encodeCursor(at: Date, id: string): string {
  return `${at.toISOString()}_${id}`;
}

export function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  const match = cursor?.match(/^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_([a-z0-9]{1,64})$/i);
  if (!match) return null;
  const at = new Date(match[1]!);
  return Number.isNaN(at.getTime()) ? null : { at, id: match[2]! };
}
