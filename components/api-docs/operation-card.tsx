import { KeyRound, MailCheck, Unlock } from "lucide-react";
import { InlineCode } from "@/components/api-docs/inline-code";
import { MethodBadge } from "@/components/api-docs/method-badge";
import { PathText } from "@/components/api-docs/path-text";
import { TopLevelSchema, TypeLine } from "@/components/api-docs/schema-view";
import { Badge } from "@/components/ui/badge";
import type { JsonSchema, Operation } from "@/lib/api/openapi";

type Props = { method: string; path: string; operation: Operation; components: Record<string, JsonSchema> };

export function OperationCard({ method, path, operation, components }: Props) {
  const [success, ...errors] = Object.entries(operation.responses);
  const schema = success?.[1].content?.["application/json"].schema;
  return (
    <section id={operation.operationId} aria-labelledby={`${operation.operationId}-title`} className="scroll-mt-20 rounded-xl border border-border bg-surface p-5 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <MethodBadge method={method} />
        <code className="min-w-0 font-mono text-sm">
          <PathText path={`/api/v1${path}`} />
        </code>
      </div>
      <h3 id={`${operation.operationId}-title`} className="mt-3 font-semibold">
        {operation.summary}
      </h3>
      {operation.description && (
        <p className="mt-1 text-sm text-muted">
          <InlineCode text={operation.description} />
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {operation.security.length === 0 ? (
          <Badge>
            <Unlock className="size-3" aria-hidden /> No token needed
          </Badge>
        ) : (
          <Badge tone="accent">
            <KeyRound className="size-3" aria-hidden /> Bearer token
          </Badge>
        )}
        {operation["x-verified-email"] && (
          <Badge tone="warning">
            <MailCheck className="size-3" aria-hidden /> Verified email
          </Badge>
        )}
      </div>

      {operation.parameters.length > 0 && (
        <Part title="Parameters">
          <ul className="divide-y divide-border rounded-lg border border-border">
            {operation.parameters.map((parameter) => (
              <li key={`${parameter.in}-${parameter.name}`} className="px-3 py-2 text-sm">
                <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
                  <code className="font-mono font-medium">{parameter.name}</code>
                  <TypeLine schema={parameter.schema} />
                  <span className="text-xs text-muted">
                    in {parameter.in}
                    {parameter.required ? "" : " · optional"}
                  </span>
                </div>
                {parameter.description && (
                  <p className="mt-0.5 text-muted">
                    <InlineCode text={parameter.description} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        </Part>
      )}

      {operation.requestBody && (
        <Part title={operation.requestBody.content["application/x-www-form-urlencoded"] ? "Request body (JSON or form-encoded)" : "Request body (JSON)"}>
          <TopLevelSchema schema={operation.requestBody.content["application/json"].schema} components={components} />
        </Part>
      )}

      {success && (
        <Part title={`Response ${success[0]}`}>
          {schema ? <TopLevelSchema schema={schema} components={components} /> : <p className="text-sm text-muted">{success[1].description}</p>}
        </Part>
      )}

      {errors.length > 0 && (
        <Part title="Errors">
          <ul className="space-y-1 text-sm">
            {errors.map(([status, response]) => (
              <li key={status}>
                <span className="font-mono font-medium">{status}</span> <span className="text-muted">— <InlineCode text={response.description} /></span>
              </li>
            ))}
          </ul>
        </Part>
      )}
    </section>
  );
}

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mt-4">
      <h4 className="mb-1.5 text-xs font-semibold uppercase tracking-wide text-muted">{title}</h4>
      {children}
    </div>
  );
}
