// The server/client border (README "Conventions", docs/architecture.md), checked file by file:
//   mark-server-modules   a lib/ module that imports a server module (one marked `import
//                         "server-only"`, Prisma's generated client, next/headers|cache|server,
//                         node:*) is one too, so it says so
//   no-server-in-client   a client module ("use client", or `import "client-only"`) imports no
//                         server module: the build would refuse it, this says so in the editor
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const SERVER_ROOTS = [/^next\/(headers|cache|server)$/, /^@\/generated\/prisma\//, /^node:/];
const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

const markers = new Map();
/** Whether the file at `file` starts with import "server-only" (cached per modification time). */
function isMarkedServer(file) {
  const mtime = fs.statSync(file).mtimeMs;
  const cached = markers.get(file);
  if (cached?.mtime === mtime) return cached.marked;
  const marked = /^import ["']server-only["'];?$/m.test(fs.readFileSync(file, "utf8"));
  markers.set(file, { mtime, marked });
  return marked;
}

function resolveLocal(specifier, importer) {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(importer), specifier) : null;
  if (!base) return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Why `specifier` is server-side code, or null. */
function serverReason(specifier, importer) {
  if (specifier === "server-only") return "server-only";
  if (SERVER_ROOTS.some((pattern) => pattern.test(specifier))) return specifier;
  const file = resolveLocal(specifier, importer);
  return file && isMarkedServer(file) ? `${specifier} (marked server-only)` : null;
}

function directives(program) {
  const found = new Set();
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") break;
    found.add(statement.directive);
  }
  return found;
}

const isTypeOnly = (node) => node.importKind === "type" || node.exportKind === "type" || (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));

/** Calls `check(node, specifier)` for every runtime import and re-export of a module. */
function eachRuntimeImport(check) {
  const visit = (node) => {
    if (node.source && !isTypeOnly(node)) check(node, node.source.value);
  };
  return { ImportDeclaration: visit, ExportNamedDeclaration: visit, ExportAllDeclaration: visit };
}

const markServerModules = {
  meta: { type: "problem", messages: { mark: 'This module imports {{reason}}: start it with import "server-only" (or keep the server import out of it).' } },
  create(context) {
    const source = context.sourceCode.text;
    let exempt = false;
    return {
      Program(program) {
        const found = directives(program);
        exempt = found.has("use server") || found.has("use client") || /^import ["'](server|client)-only["'];?$/m.test(source);
      },
      ...eachRuntimeImport((node, specifier) => {
        if (exempt) return;
        const reason = serverReason(specifier, context.filename);
        if (reason) context.report({ node, messageId: "mark", data: { reason } });
      }),
    };
  },
};

const noServerInClient = {
  meta: { type: "problem", messages: { server: "A client module cannot import {{reason}}: pass the data in as props, or call a server action." } },
  create(context) {
    let client = false;
    return {
      Program(program) {
        client = directives(program).has("use client") || /^import ["']client-only["'];?$/m.test(context.sourceCode.text);
      },
      ...eachRuntimeImport((node, specifier) => {
        if (!client) return;
        const reason = serverReason(specifier, context.filename);
        if (reason) context.report({ node, messageId: "server", data: { reason } });
      }),
    };
  },
};

const border = { rules: { "mark-server-modules": markServerModules, "no-server-in-client": noServerInClient } };
export default border;
