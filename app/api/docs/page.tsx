import type { Metadata } from "next";
import Link from "next/link";
import { FileJson } from "lucide-react";
import { InlineCode } from "@/components/api-docs/inline-code";
import { MethodBadge } from "@/components/api-docs/method-badge";
import { OperationCard } from "@/components/api-docs/operation-card";
import { PathText } from "@/components/api-docs/path-text";
import { operationsByTag } from "@/components/api-docs/operations";
import { SchemaView, schemaAnchor } from "@/components/api-docs/schema-view";
import { Logo } from "@/components/layout/logo";
import { ThemeToggle } from "@/components/layout/theme-toggle";
import { Button } from "@/components/ui/button";
import { apiDocument } from "@/lib/api/endpoints/openapi";

export const metadata: Metadata = { title: "API reference", description: "The Chatsphere JSON API (/api/v1): authentication, resources, errors." };

const quickStart = `curl -s -X POST $BASE/api/v1/auth/token \\
  -H 'Content-Type: application/json' \\
  -d '{"email":"alice@chatsphere.test","password":"chatsphere-demo"}'
# → {"access":"eyJ…","refresh":"rt_…","expiresIn":1800,"refreshExpiresIn":86400}

curl -s $BASE/api/v1/me -H "Authorization: Bearer $ACCESS"`;

/** The OpenAPI document of /api/v1, rendered for people. */
export default function ApiDocsPage() {
  const document = apiDocument();
  const groups = operationsByTag(document).filter((group) => group.operations.length > 0);
  const schemas = Object.entries(document.components.schemas);

  return (
    <div className="min-h-dvh">
      <header className="sticky top-0 z-10 border-b border-border bg-background/90 backdrop-blur">
        <div className="mx-auto flex h-16 max-w-6xl items-center gap-3 px-4">
          <Link href="/" aria-label="Chatsphere home">
            <Logo />
          </Link>
          <span className="text-sm text-muted">API reference</span>
          <div className="ml-auto flex items-center gap-1">
            <Button asChild variant="ghost" size="sm">
              <a href="/api/v1/openapi.json">
                <FileJson className="size-4" aria-hidden /> <span className="hidden sm:inline">OpenAPI JSON</span>
              </a>
            </Button>
            <ThemeToggle />
          </div>
        </div>
      </header>

      <div className="mx-auto flex max-w-6xl gap-8 px-4">
        <nav aria-label="Endpoints" className="sticky top-16 hidden h-[calc(100dvh-4rem)] w-64 shrink-0 overflow-y-auto py-8 lg:block">
          <EndpointIndex groups={groups} />
        </nav>

        <main className="min-w-0 flex-1 py-8">
          <h1 className="text-3xl font-bold tracking-tight">{document.info.title}</h1>
          <p className="mt-1 text-sm text-muted">
            Version {document.info.version} · base URL <code className="font-mono">/api/v1</code> · OpenAPI {document.openapi}
          </p>
          <div className="mt-4 max-w-3xl space-y-3">
            {document.info.description.split("\n\n").map((paragraph) => (
              <p key={paragraph}>
                <InlineCode text={paragraph} />
              </p>
            ))}
          </div>
          <h2 className="mt-8 text-lg font-semibold">Quick start</h2>
          <pre className="mt-2 overflow-x-auto rounded-xl border border-border bg-surface-muted p-4 font-mono text-sm">{quickStart}</pre>

          <details className="mt-6 rounded-xl border border-border bg-surface p-4 lg:hidden">
            <summary className="cursor-pointer font-medium">All endpoints</summary>
            <div className="mt-3">
              <EndpointIndex groups={groups} />
            </div>
          </details>

          {groups.map((group) => (
            <section key={group.name} aria-labelledby={`tag-${group.name}`} className="mt-12">
              <h2 id={`tag-${group.name}`} className="scroll-mt-20 text-xl font-semibold">
                {group.name}
              </h2>
              <p className="mt-1 text-muted">{group.description}</p>
              <div className="mt-4 space-y-4">
                {group.operations.map(({ method, path, operation }) => (
                  <OperationCard key={operation.operationId} method={method} path={path} operation={operation} components={document.components.schemas} />
                ))}
              </div>
            </section>
          ))}

          <section aria-labelledby="schemas" className="mt-12">
            <h2 id="schemas" className="text-xl font-semibold">
              Schemas
            </h2>
            <div className="mt-4 space-y-4">
              {schemas.map(([name, schema]) => (
                <div key={name} id={schemaAnchor(name)} className="scroll-mt-20 rounded-xl border border-border bg-surface p-5 shadow-sm">
                  <h3 className="mb-3 font-mono font-semibold">{name}</h3>
                  <SchemaView schema={schema} />
                </div>
              ))}
            </div>
          </section>
        </main>
      </div>
    </div>
  );
}

function EndpointIndex({ groups }: { groups: ReturnType<typeof operationsByTag> }) {
  return (
    <ul className="space-y-4 text-sm">
      {groups.map((group) => (
        <li key={group.name}>
          <a href={`#tag-${group.name}`} className="font-semibold hover:text-accent">
            {group.name}
          </a>
          <ul className="mt-1 space-y-0.5">
            {group.operations.map(({ method, path, operation }) => (
              <li key={operation.operationId}>
                <a href={`#${operation.operationId}`} className="flex items-start gap-2 rounded px-1 py-0.5 hover:bg-surface-muted" title={operation.summary}>
                  <MethodBadge method={method} className="mt-px w-12 text-[0.65rem]" />
                  <span className="min-w-0 font-mono text-xs leading-5">
                    <PathText path={path} />
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
