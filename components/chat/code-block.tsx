"use client";

import { useEffect, useMemo, useState } from "react";

type Highlighter = typeof import("@/components/chat/highlight");

// The highlighter (grammars included) is fetched once, the first time a code block is shown.
let highlighter: Highlighter | null = null;
let loading: Promise<Highlighter> | null = null;
function loadHighlighter(): Promise<Highlighter> {
  loading ??= import("@/components/chat/highlight").then(
    (module) => (highlighter = module),
    (error) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** A fenced code block: plain text at once, coloured once the highlighter has loaded (same text, same size). */
export function CodeBlock({ text, lang }: { text: string; lang?: string }) {
  const [loaded, setLoaded] = useState<Highlighter | null>(highlighter);
  useEffect(() => {
    if (loaded) return;
    let current = true;
    loadHighlighter().then(
      (module) => current && setLoaded(module),
      () => {}, // offline: the code stays plain
    );
    return () => {
      current = false;
    };
  }, [loaded]);
  const highlighted = useMemo(() => loaded?.highlightCode(text, lang) ?? null, [loaded, text, lang]);
  return (
    <code className={highlighted ? "hljs" : undefined} data-highlighted={highlighted ? "" : undefined}>
      {highlighted ?? text}
    </code>
  );
}
