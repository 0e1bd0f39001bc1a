import { linkify } from "@/lib/messages/linkify";

/** Message text as React text (no HTML can get in), with http(s) links made clickable. */
export function MessageBody({ body }: { body: string }) {
  return (
    <p className="whitespace-pre-wrap break-words [overflow-wrap:anywhere]">
      {linkify(body).map((segment, i) =>
        segment.kind === "link" ? (
          <a key={i} href={segment.href} target="_blank" rel="noopener noreferrer nofollow" className="text-accent underline underline-offset-2 hover:no-underline">
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}
