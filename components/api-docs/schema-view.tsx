import type { JsonSchema } from "@/lib/api/openapi";
import { InlineCode } from "@/components/api-docs/inline-code";

// A JSON Schema from the API document as a readable field list: names, types, constraints and
// descriptions, nested objects indented, named schemas linked to their definition below.

const REF_PREFIX = "#/components/schemas/";

export function schemaAnchor(name: string) {
  return `schema-${name}`;
}

/** A response or body schema: a named one shows its name, then its fields. */
export function TopLevelSchema({ schema, components }: { schema: JsonSchema; components: Record<string, JsonSchema> }) {
  const name = schema.$ref?.slice(REF_PREFIX.length);
  const resolved = name ? components[name] : undefined;
  if (!resolved) return <SchemaView schema={schema} />;
  return (
    <div className="space-y-1.5">
      <p className="text-sm">
        <TypeLine schema={schema} />
        {resolved.description && (
          <span className="text-muted">
            {" — "}
            <InlineCode text={resolved.description} />
          </span>
        )}
      </p>
      <SchemaView schema={resolved} />
    </div>
  );
}

export function SchemaView({ schema }: { schema: JsonSchema }) {
  const object = objectFields(schema);
  if (!object) return <TypeLine schema={schema} />;
  if (object.length === 0) return <p className="text-sm text-muted">An empty object.</p>;
  return (
    <ul className="divide-y divide-border rounded-lg border border-border">
      {object.map(({ name, schema: field, required }) => (
        <li key={name} className="px-3 py-2">
          <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-sm">
            <code className="font-mono font-medium">{name}</code>
            <TypeLine schema={field} />
            {!required && <span className="text-xs text-muted">optional</span>}
          </div>
          {field.description && (
            <p className="mt-0.5 text-sm text-muted">
              <InlineCode text={field.description} />
            </p>
          )}
          {objectFields(nestedObject(field))?.length ? (
            <div className="mt-2">
              <SchemaView schema={nestedObject(field)!} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function objectFields(schema: JsonSchema | undefined) {
  if (!schema?.properties) return null;
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).map(([name, field]) => ({ name, schema: field as JsonSchema, required: required.has(name) }));
}

/** An inline object to expand under its field: directly, as the items of an array, or as one of its alternatives. */
function nestedObject(schema: JsonSchema): JsonSchema | undefined {
  if (schema.properties) return schema;
  const candidates = [schema.items, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])] as (JsonSchema | undefined)[];
  return candidates.map((candidate) => candidate && nestedObject(candidate)).find(Boolean);
}

export function TypeLine({ schema }: { schema: JsonSchema }) {
  const constraints = describeConstraints(schema);
  return (
    <span className="text-xs text-muted">
      <TypeName schema={schema} />
      {constraints && <span> · {constraints}</span>}
    </span>
  );
}

function TypeName({ schema }: { schema: JsonSchema }) {
  if (schema.$ref?.startsWith(REF_PREFIX)) {
    const name = schema.$ref.slice(REF_PREFIX.length);
    return (
      <a href={`#${schemaAnchor(name)}`} className="font-medium text-accent hover:underline">
        {name}
      </a>
    );
  }
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) return <Joined items={alternatives.map((alternative, i) => <TypeName key={i} schema={alternative} />)} separator=" or " />;
  if (schema.enum) return <span className="font-mono">{schema.enum.map((value) => JSON.stringify(value)).join(" | ")}</span>;
  if (schema.const !== undefined) return <span className="font-mono">{JSON.stringify(schema.const)}</span>;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : ["any"];
  return (
    <Joined
      separator=" or "
      items={types.map((type) =>
        type === "array" ? (
          <span key={type}>
            array of <TypeName schema={(schema.items as JsonSchema | undefined) ?? {}} />
          </span>
        ) : (
          <span key={type} className="font-mono">
            {type}
            {type === "string" && schema.format ? ` (${schema.format})` : ""}
          </span>
        ),
      )}
    />
  );
}

function Joined({ items, separator }: { items: React.ReactNode[]; separator: string }) {
  return items.map((item, index) => (
    <span key={index}>
      {index > 0 && separator}
      {item}
    </span>
  ));
}

const SAFE_INTEGER = Number.MAX_SAFE_INTEGER;

function describeConstraints(schema: JsonSchema): string {
  const parts: string[] = [];
  const range = (min: number | undefined, max: number | undefined, unit: string) => {
    if (min !== undefined && max !== undefined) parts.push(`${min}–${max}${unit}`);
    else if (min !== undefined) parts.push(`at least ${min}${unit}`);
    else if (max !== undefined) parts.push(`at most ${max}${unit}`);
  };
  range(schema.minLength, schema.maxLength, " characters");
  range(schema.minItems, schema.maxItems, " items");
  const min = schema.minimum !== undefined && Math.abs(schema.minimum) < SAFE_INTEGER ? schema.minimum : undefined;
  const max = schema.maximum !== undefined && Math.abs(schema.maximum) < SAFE_INTEGER ? schema.maximum : undefined;
  range(min, max, "");
  if (schema.pattern && !schema.format) parts.push(`matches ${schema.pattern}`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(" · ");
}
