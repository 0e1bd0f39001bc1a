"use client";

import { Fragment, useState } from "react";
import { CodeBlock } from "@/components/chat/code-block";
import type { MentionedPerson } from "@/lib/messages/payload";
import { parseMarkdown, type Block, type Inline } from "@/lib/messages/markdown";
import { MENTION_PATTERN } from "@/lib/messages/mentions";

const linkClasses = "text-accent underline underline-offset-2 hover:no-underline";
export const MENTION_CLASSES = "rounded bg-accent/15 px-0.5 font-medium text-accent";

/** Renders a person's @mention with more than a chip (their card: components/chat/mention-chip.tsx). */
type MentionLike = { username: string } & Partial<MentionedPerson>;
const isWhole = (person: MentionLike): person is MentionedPerson => person.id !== undefined && person.fullName !== undefined && person.image !== undefined;

export type MentionRenderer = (person: MentionedPerson, label: string, key: number) => React.ReactNode;

/**
 * Message text in the Markdown subset (lib/messages/markdown.ts), as React elements: text stays
 * text (no HTML can get in), links are http(s) only and open in a new tab without a referrer.
 */
export function MessageBody({
  body,
  mentions,
  broadcast,
  renderMention,
}: {
  body: string;
  /** Those named: a username is enough for a chip; with the whole person, `renderMention` can show their card. */
  mentions?: MentionLike[];
  broadcast?: boolean;
  /** Given: how a person's chip is shown (with their card); else a plain chip. */
  renderMention?: MentionRenderer;
}) {
  mentioned = { people: new Map(mentions?.map((m) => [m.username.toLowerCase(), m])), broadcast: broadcast ?? false, renderMention };
  return parseMarkdown(body).map(renderBlock);
}

// Who the message being rendered names (set by MessageBody, read while it renders, synchronously).
let mentioned: { people: Map<string, MentionLike>; broadcast: boolean; renderMention?: MentionRenderer } = { people: new Map(), broadcast: false };

/** Text with the message's @mentions as chips (only those the server resolved; other @words stay text). */
function renderText(text: string, key: number): React.ReactNode {
  if (!text.includes("@") || (mentioned.people.size === 0 && !mentioned.broadcast)) return <Fragment key={key}>{text}</Fragment>;
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION_PATTERN)) {
    const name = match[2]!.replace(/\.+$/, "");
    const lower = name.toLowerCase();
    const person = mentioned.people.get(lower);
    const known = person !== undefined || (mentioned.broadcast && (lower === "here" || lower === "everyone"));
    if (!known) continue;
    const at = match.index! + match[1]!.length;
    if (at > last) parts.push(text.slice(last, at));
    parts.push(
      person && isWhole(person) && mentioned.renderMention ? (
        mentioned.renderMention(person, `@${name}`, at)
      ) : (
        <span key={at} data-mention={lower} className={MENTION_CLASSES}>
          @{name}
        </span>
      ),
    );
    last = at + 1 + name.length;
  }
  if (last === 0) return <Fragment key={key}>{text}</Fragment>;
  parts.push(text.slice(last));
  return <Fragment key={key}>{parts}</Fragment>;
}

// Plain functions rather than components per node: a message full of markup stays one component.
function renderBlock(block: Block, key: number): React.ReactNode {
  switch (block.type) {
    case "paragraph":
      return (
        <p key={key} className="whitespace-pre-wrap break-words [overflow-wrap:anywhere]">
          {renderInlines(block.children)}
        </p>
      );
    case "code":
      return (
        <pre key={key} className="my-1 max-h-96 overflow-auto rounded-md border border-border bg-surface-muted px-3 py-2 font-mono text-[0.8125rem] leading-snug" data-lang={block.lang || undefined}>
          <CodeBlock text={block.text} lang={block.lang || undefined} />
        </pre>
      );
    case "quote":
      return (
        <blockquote key={key} className="my-0.5 border-l-2 border-border pl-3 text-foreground/80">
          {block.children.map(renderBlock)}
        </blockquote>
      );
    case "list": {
      const items = block.items.map((item, i) => (
        <li key={i} className="break-words [overflow-wrap:anywhere]">
          {renderInlines(item)}
        </li>
      ));
      return block.ordered ? (
        <ol key={key} start={block.start} className="my-0.5 list-decimal pl-6">
          {items}
        </ol>
      ) : (
        <ul key={key} className="my-0.5 list-disc pl-6">
          {items}
        </ul>
      );
    }
  }
}

function renderInlines(nodes: Inline[]): React.ReactNode[] {
  return nodes.map(renderInline);
}

function renderInline(node: Inline, key: number): React.ReactNode {
  switch (node.type) {
    case "text":
      return renderText(node.text, key);
    case "link":
      return (
        <a key={key} href={node.href} target="_blank" rel="noopener noreferrer nofollow" className={linkClasses}>
          {node.text}
        </a>
      );
    case "code":
      return (
        <code key={key} className="rounded bg-surface-muted px-1 py-0.5 font-mono text-[0.85em]">
          {node.text}
        </code>
      );
    case "strong":
      return (
        <strong key={key} className="font-semibold">
          {renderInlines(node.children)}
        </strong>
      );
    case "em":
      return <em key={key}>{renderInlines(node.children)}</em>;
    case "strike":
      return <s key={key}>{renderInlines(node.children)}</s>;
    case "spoiler":
      return <Spoiler key={key}>{renderInlines(node.children)}</Spoiler>;
  }
}

/** ||hidden|| until clicked (or Enter / Space): then shown for good. */
function Spoiler({ children }: { children: React.ReactNode }) {
  const [shown, setShown] = useState(false);
  if (shown) {
    return (
      <span className="rounded bg-surface-muted px-0.5" data-spoiler="shown">
        {children}
      </span>
    );
  }
  return (
    <span
      role="button"
      tabIndex={0}
      aria-label="Spoiler: show it"
      data-spoiler="hidden"
      onClick={() => setShown(true)}
      onKeyDown={(event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          setShown(true);
        }
      }}
      className="cursor-pointer rounded bg-foreground px-0.5 text-transparent select-none [&_*]:pointer-events-none [&_*]:text-transparent"
    >
      {children}
    </span>
  );
}
