import type { ApiDocument, Operation } from "@/lib/api/openapi";

export type DocumentedOperation = { method: string; path: string; operation: Operation };

/** The document's operations grouped by tag, in the order its tags are listed. */
export function operationsByTag(document: ApiDocument) {
  const operations: DocumentedOperation[] = Object.entries(document.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => ({ method, path, operation })),
  );
  return document.tags.map((tag) => ({ ...tag, operations: operations.filter((o) => o.operation.tags[0] === tag.name) }));
}
