import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The border rules of eslint.config.mjs (eslint-rules/border.mjs and the lib/ import limits),
// run on sources that cross each border, and on their lawful twins.

let eslint: ESLint;
beforeAll(async () => {
  eslint = new ESLint({ cwd: process.cwd() });
  await eslint.lintText("export {};\n", { filePath: "lib/warm-up.ts" }); // loads the config and its plugins
}, 120_000);

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

describe("ESLint border rules", () => {
  it("a lib module importing a server module must be marked server-only", async () => {
    const unmarked = await problems("lib/servers/example.ts", 'import { db } from "@/lib/db";\nexport const count = () => db.user.count();\n');
    expect(unmarked).toEqual([expect.stringMatching(/^border\/mark-server-modules: .*@\/lib\/db \(marked server-only\)/)]);
    expect(await problems("lib/servers/example.ts", 'import { headers } from "next/headers";\nexport const h = headers;\n')).toHaveLength(1);
    const marked = await problems("lib/servers/example.ts", 'import "server-only";\nimport { db } from "@/lib/db";\nexport const count = () => db.user.count();\n');
    expect(marked).toEqual([]);
    expect(await problems("lib/servers/example.ts", 'import type { Actor } from "@/lib/access/server";\nexport type A = Actor;\n')).toEqual([]);
  });

  it("a client module imports no server module", async () => {
    const client = '"use client";\nimport { db } from "@/lib/db";\nexport const x = db;\n';
    expect(await problems("components/example/thing.tsx", client)).toEqual([expect.stringMatching(/^border\/no-server-in-client: /)]);
    const engine = 'import "client-only";\nimport { env } from "@/lib/env";\nexport const x = env;\n';
    expect(await problems("lib/messages/client/example.ts", engine)).toEqual([expect.stringMatching(/^border\/no-server-in-client: /)]);
    const shared = '"use client";\nimport { cn } from "@/lib/utils";\nimport { sendMessageAction } from "@/lib/actions/messages/send-message";\nexport const x = [cn, sendMessageAction];\n';
    expect(await problems("components/example/thing.tsx", shared)).toEqual([]);
  });

  it("lib imports neither components nor the entry layers above it", async () => {
    const upward = 'import { Button } from "@/components/ui/button";\nimport { listHref } from "@/lib/admin/href";\nexport const x = [Button, listHref];\n';
    const found = await problems("lib/time/example.ts", upward);
    expect(found).toHaveLength(2);
    expect(found.every((problem) => problem.startsWith("no-restricted-imports:"))).toBe(true);
    expect(await problems("lib/actions/admin/example.ts", '"use server";\nimport { assertAdmin } from "@/lib/admin/guard";\nexport const x = assertAdmin;\n')).toEqual([]);
  });
});
