import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { unique } from "../support/factories";

const run = promisify(execFile);
const createAdmin = (...args: string[]) => run("node_modules/.bin/tsx", ["scripts/create-admin.ts", ...args], { env: process.env });

describe("npm run create-admin", () => {
  it("creates a verified ADMIN from flags, normalising email and username", async () => {
    const name = unique("adm");
    const { stdout } = await createAdmin("--email", `${name.toUpperCase()}@Example.test`, "--username", name, "--name", "Root", "--password", "a-long-admin-password");
    expect(stdout).toContain("created");
    const admin = await db.user.findUniqueOrThrow({ where: { email: `${name}@example.test` } });
    expect(admin).toMatchObject({ role: "ADMIN", username: name, fullName: "Root" });
    expect(admin.emailVerifiedAt).not.toBeNull();
    expect(await verifyPassword("a-long-admin-password", admin.passwordHash)).toBe(true);
  });

  it("refuses bad input and existing accounts with a clear message", async () => {
    const name = unique("adm");
    await createAdmin("--email", `${name}@example.test`, "--username", name, "--name", "A", "--password", "a-long-admin-password");
    const failure = (args: string[]) => createAdmin(...args).then(() => "", (error: { stderr: string }) => error.stderr);
    expect(await failure(["--email", `${name}@example.test`, "--username", `${name}x`, "--name", "A", "--password", "a-long-admin-password"])).toContain("already exists");
    expect(await failure(["--email", "not-an-email", "--username", "ok_name", "--name", "A", "--password", "short"])).toMatch(/email: Enter a valid email address\npassword: Use at least 10 characters/);
  });
});
