// `npm run create-admin`: creates a verified ADMIN (Django's createsuperuser). Asks for what it
// needs, or takes it from flags (--email --username --name --password) or the environment
// (ADMIN_EMAIL, ADMIN_USERNAME, ADMIN_NAME, ADMIN_PASSWORD) for scripts.
import "./lib/outside-next";
import readline from "node:readline/promises";
import { parseArgs } from "node:util";
import { hashPassword } from "../lib/auth/password";
import { db } from "../lib/db";
import { createAdminSchema } from "../lib/zod/admin-bootstrap";

const { values: flags } = parseArgs({
  options: { email: { type: "string" }, username: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
});

async function ask(rl: readline.Interface, question: string, secret = false): Promise<string> {
  if (!secret) return rl.question(question);
  // Hide what is typed: mute the echo while the password is entered.
  const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  const write = output._writeToOutput;
  output._writeToOutput = (s) => (s.startsWith(question) ? write.call(rl, s) : undefined);
  const answer = await rl.question(question);
  output._writeToOutput = write;
  process.stdout.write("\n");
  return answer;
}

async function main() {
  let input = {
    email: flags.email ?? process.env.ADMIN_EMAIL,
    username: flags.username ?? process.env.ADMIN_USERNAME,
    fullName: flags.name ?? process.env.ADMIN_NAME,
    password: flags.password ?? process.env.ADMIN_PASSWORD,
  };
  if (Object.values(input).some((v) => !v)) {
    if (!process.stdin.isTTY) throw new Error("missing values: pass --email --username --name --password (or ADMIN_* env vars)");
    const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
    input = {
      email: input.email || (await ask(rl, "Email: ")),
      username: input.username || (await ask(rl, "Username: ")),
      fullName: input.fullName || (await ask(rl, "Full name: ")),
      password: input.password || (await ask(rl, "Password (10+ characters): ", true)),
    };
    if (!flags.password && !process.env.ADMIN_PASSWORD && (await ask(rl, "Password again: ", true)) !== input.password) {
      rl.close();
      throw new Error("the passwords do not match");
    }
    rl.close();
  }

  const parsed = createAdminSchema.safeParse(input);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join("\n"));
  }
  const { email, username, fullName, password } = parsed.data;
  const taken = await db.user.findFirst({ where: { OR: [{ email }, { username }] }, select: { email: true } });
  if (taken) throw new Error(taken.email === email ? `an account with ${email} already exists` : `the username ${username} is taken`);

  await db.user.create({
    data: { email, username, fullName, passwordHash: await hashPassword(password), role: "ADMIN", emailVerifiedAt: new Date() },
  });
  console.log(`Admin ${username} <${email}> created. Sign in at /signin and open /admin.`);
}

main()
  .catch((error) => {
    console.error(`create-admin: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
