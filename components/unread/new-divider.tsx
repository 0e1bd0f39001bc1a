/** The "New" line above the first message the reader had not read when they opened the conversation. */
export function NewDivider() {
  return (
    <div role="separator" aria-label="New messages" data-new-divider="" className="my-2 flex items-center gap-3 px-4 text-xs font-semibold text-danger">
      <span className="h-px flex-1 bg-danger/60" />
      New
    </div>
  );
}
