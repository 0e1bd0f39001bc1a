/** "Alice", "Alice and Bob", "Alice, Bob and 3 others", or the group's own title. */
export function threadTitle(title: string | null, others: { fullName: string }[]): string {
  if (title) return title;
  const names = others.map((o) => o.fullName);
  if (names.length === 0) return "Only you";
  if (names.length <= 2) return names.join(" and ");
  return `${names[0]}, ${names[1]} and ${names.length - 2} other${names.length - 2 === 1 ? "" : "s"}`;
}
