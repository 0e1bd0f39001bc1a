import "server-only";
import { z } from "zod";
import type { Endpoint, EndpointSpec, Schema } from "@/lib/api/endpoint";
import { errorStatus, type ErrorCode } from "@/lib/errors";
import { apiErrorSchema } from "@/lib/zod/api";

// The OpenAPI 3.1 document, generated from the endpoint declarations and their zod schemas
// (OpenAPI 3.1 schemas are JSON Schema 2020-12, which z.toJSONSchema produces). Requests are
// described as the client sends them (zod's input side), responses as the server sends them.

export type JsonSchema = z.core.JSONSchema.JSONSchema;

export type Parameter = { name: string; in: "path" | "query"; required: boolean; description?: string; schema: JsonSchema };
export type MediaContent = { "application/json": { schema: JsonSchema }; "application/x-www-form-urlencoded"?: { schema: JsonSchema } };
export type ResponseObject = { description: string; headers?: Record<string, { description: string; schema: JsonSchema }>; content?: MediaContent };
export type Operation = {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  security: { bearerAuth: [] }[];
  /** Extension: the caller's email address must be verified (else 403). */
  "x-verified-email"?: true;
  parameters: Parameter[];
  requestBody?: { required: true; content: MediaContent };
  responses: Record<string, ResponseObject>;
};

export type ApiDocumentInfo = { description: string; tags: { name: string; description: string }[] };

const errorMeaning: Record<ErrorCode, string> = {
  validation: "Invalid input: `fields` names each problem.",
  unauthorized: "Missing, expired, forged or revoked credentials.",
  forbidden: "Not allowed: account suspended, email not verified, or not permitted here.",
  not_found: "No such thing, or you may not see it.",
  conflict: "Conflicts with the current state.",
  too_large: "The request body is too large.",
  rate_limited: "Too many requests: wait Retry-After seconds.",
  internal: "Something went wrong on our side.",
};

export function openApiDocument(endpoints: Endpoint[], info: ApiDocumentInfo) {
  const components: Record<string, JsonSchema> = {};
  const convert = (schema: Schema, io: "input" | "output") => toJsonSchema(schema, io, components);
  const errorRef = convert(apiErrorSchema, "output");

  const paths: Record<string, Record<string, Operation>> = {};
  for (const { spec } of endpoints) {
    const operation: Operation = {
      operationId: spec.id,
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      security: spec.auth === "none" ? [] : [{ bearerAuth: [] }],
      ...(spec.auth === "verified" ? { "x-verified-email": true as const } : {}),
      parameters: [...parameters(spec.params, "path", convert), ...parameters(spec.query, "query", convert)],
      ...(spec.body ? { requestBody: { required: true as const, content: requestContent(spec, convert(spec.body, "input")) } } : {}),
      responses: {
        ...success(spec, convert),
        ...Object.fromEntries(errorCodes(spec).map((code) => [String(errorStatus[code]), errorResponse(code, errorRef)])),
      },
    };
    paths[spec.path] ??= {};
    paths[spec.path]![spec.method.toLowerCase()] = operation;
  }

  return {
    openapi: "3.1.0" as const,
    info: { title: "Chatsphere API", version: "1.0.0", description: info.description },
    servers: [{ url: "/api/v1" }],
    tags: info.tags,
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "JWT", description: "An access token from POST /auth/token or /auth/refresh." },
      },
    },
  };
}

export type ApiDocument = ReturnType<typeof openApiDocument>;

/** The refusals an endpoint can answer: implied by what it takes, plus those it declares. */
export function errorCodes(spec: EndpointSpec): ErrorCode[] {
  const codes = new Set<ErrorCode>(spec.errors);
  if (spec.query || spec.body) codes.add("validation");
  if (spec.auth !== "none") codes.add("unauthorized").add("forbidden");
  if (spec.params) codes.add("not_found");
  if (spec.body) codes.add("too_large");
  return (Object.keys(errorStatus) as ErrorCode[]).filter((code) => codes.has(code));
}

const json = (schema: JsonSchema): MediaContent => ({ "application/json": { schema } });

function requestContent(spec: EndpointSpec, schema: JsonSchema): MediaContent {
  return spec.acceptsForm ? { ...json(schema), "application/x-www-form-urlencoded": { schema } } : json(schema);
}

function success(spec: EndpointSpec, convert: (schema: Schema, io: "output") => JsonSchema): Record<string, ResponseObject> {
  if (!spec.response) return { "204": { description: "Done (no content)." } };
  const status = spec.status ?? 200;
  return { [String(status)]: { description: status === 201 ? "Created." : "OK.", content: json(convert(spec.response, "output")) } };
}

function errorResponse(code: ErrorCode, schema: JsonSchema): ResponseObject {
  return {
    description: errorMeaning[code],
    ...(code === "rate_limited" ? { headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } } } : {}),
    content: json(schema),
  };
}

function parameters(schema: Schema | undefined, location: "path" | "query", convert: (schema: Schema, io: "input") => JsonSchema): Parameter[] {
  if (!schema) return [];
  const object = convert(schema, "input");
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([name, property]) => {
    const { description, ...propertySchema } = property as JsonSchema;
    return {
      name,
      in: location,
      required: location === "path" || required.has(name),
      ...(description ? { description } : {}),
      schema: propertySchema,
    };
  });
}

/** One zod schema as JSON Schema; named sub-schemas (`.meta({ id })`) go to components and are referenced. */
function toJsonSchema(schema: Schema, io: "input" | "output", components: Record<string, JsonSchema>): JsonSchema {
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" });
  const { $defs, ...rest } = relink(generated);
  delete rest.$schema;
  for (const [id, definition] of Object.entries($defs ?? {})) {
    if (components[id] && JSON.stringify(components[id]) !== JSON.stringify(definition)) {
      throw new Error(`Two different schemas are named "${id}" in the API (${io}): give one of them another id.`);
    }
    components[id] = definition as JsonSchema;
  }
  return rest;
}

function relink(schema: JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/$defs/', '"#/components/schemas/'));
}
