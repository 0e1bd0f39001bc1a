// Demo data: `npm run db:seed` (adds what is missing), or `--if-empty` (what `npm run dev` runs:
// only on a database without users). Credentials are printed at the end and listed in README.
import "../scripts/lib/outside-next";
import { db } from "../lib/db";
import { hashPassword } from "../lib/auth/password";
import type { MemberRole, Visibility } from "../generated/prisma/client";

export const DEMO_PASSWORD = "chatsphere-demo";

const categories = [
  ["Technology", "technology"],
  ["Gaming", "gaming"],
  ["Music", "music"],
  ["Science", "science"],
  ["Art & Design", "art-design"],
  ["Education", "education"],
] as const;

const users = [
  { username: "admin", fullName: "Ada Admin", email: "admin@chatsphere.test", role: "ADMIN" as const },
  { username: "alice", fullName: "Alice Martin", email: "alice@chatsphere.test" },
  { username: "bob", fullName: "Bob Okafor", email: "bob@chatsphere.test" },
  { username: "carol", fullName: "Carol Nguyen", email: "carol@chatsphere.test" },
  { username: "dave", fullName: "Dave Kim", email: "dave@chatsphere.test" },
];

type SeedServer = {
  name: string;
  slug: string;
  description: string;
  category: string;
  visibility: Visibility;
  owner: string;
  members: [string, MemberRole][];
  channels: { name: string; slug: string; topic: string; messages?: [string, string][] }[];
};

const servers: SeedServer[] = [
  {
    name: "Next.js Builders",
    slug: "nextjs-builders",
    description: "Ship fast web apps: React Server Components, caching, deployments and everything in between.",
    category: "technology",
    visibility: "PUBLIC",
    owner: "alice",
    members: [["bob", "MODERATOR"], ["carol", "MEMBER"], ["dave", "MEMBER"]],
    channels: [
      {
        name: "general",
        slug: "general",
        topic: "Say hi and share what you are building",
        messages: [
          ["alice", "Welcome to Next.js Builders! Introduce yourself 👋"],
          ["bob", "Hi all, Bob here. Working on a realtime dashboard."],
          ["carol", "Carol, frontend dev. Anyone tried server actions with optimistic updates?"],
          ["alice", "Yes! useOptimistic works nicely, happy to share a snippet."],
          ["dave", "Docs for caching are at https://nextjs.org/docs — worth a read."],
        ],
      },
      { name: "help", slug: "help", topic: "Stuck? Ask here", messages: [["carol", "How do you test server actions?"]] },
      { name: "showcase", slug: "showcase", topic: "Show off what you shipped" },
    ],
  },
  {
    name: "Indie Game Devs",
    slug: "indie-game-devs",
    description: "Pixel art, game jams, shaders and the joy of shipping small games.",
    category: "gaming",
    visibility: "PUBLIC",
    owner: "bob",
    members: [["dave", "MEMBER"]],
    channels: [
      { name: "general", slug: "general", topic: "Anything game dev", messages: [["bob", "Game jam this weekend, who's in?"], ["dave", "Count me in!"]] },
      { name: "pixel-art", slug: "pixel-art", topic: "Share your sprites" },
    ],
  },
  {
    name: "Lo-fi Lounge",
    slug: "lofi-lounge",
    description: "Chill beats to code to. Share playlists and production tips.",
    category: "music",
    visibility: "PUBLIC",
    owner: "carol",
    members: [["alice", "MEMBER"]],
    channels: [{ name: "general", slug: "general", topic: "Now playing", messages: [["carol", "Today's pick: rainy day jazz hop ☔"]] }],
  },
  {
    name: "Astronomy Club",
    slug: "astronomy-club",
    description: "Telescopes, night skies and space news.",
    category: "science",
    visibility: "PUBLIC",
    owner: "dave",
    members: [],
    channels: [{ name: "general", slug: "general", topic: "Clear skies!" }],
  },
  {
    name: "Core Team",
    slug: "core-team",
    description: "Private planning space for the Chatsphere demo team.",
    category: "technology",
    visibility: "PRIVATE",
    owner: "alice",
    members: [["bob", "MEMBER"]],
    channels: [{ name: "planning", slug: "planning", topic: "Roadmap and releases", messages: [["alice", "Release checklist is in the pinned doc."]] }],
  },
];

const directThread: [string, string, [string, string][]] = [
  "alice",
  "bob",
  [
    ["alice", "Hey Bob, got a minute to review my PR?"],
    ["bob", "Sure, send the link."],
    ["alice", "Thanks! It's the presence indicator change."],
  ],
];

/** Messages spaced a minute apart, ending now, with seq 1..n. */
function messageRows(lines: [string, string][], userIds: Map<string, string>) {
  const start = Date.now() - lines.length * 60_000;
  return lines.map(([author, body], i) => ({
    seq: i + 1,
    authorId: userIds.get(author)!,
    clientId: `seed-${crypto.randomUUID()}`,
    body,
    createdAt: new Date(start + i * 60_000),
  }));
}

function conversationWith(lines: [string, string][], userIds: Map<string, string>) {
  const rows = messageRows(lines, userIds);
  return {
    create: {
      lastSeq: rows.length,
      lastMessageAt: rows.at(-1)?.createdAt ?? null,
      messages: { create: rows },
    },
  };
}

async function main() {
  if (process.argv.includes("--if-empty") && (await db.user.count()) > 0) {
    console.log("database already has data: not seeding");
    return;
  }

  for (const [i, [name, slug]] of categories.entries()) {
    await db.category.upsert({ where: { slug }, update: {}, create: { name, slug, position: i } });
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  for (const u of users) {
    const user = await db.user.upsert({
      where: { email: u.email },
      update: {},
      create: { ...u, passwordHash, emailVerifiedAt: new Date() },
    });
    userIds.set(u.username, user.id);
  }

  for (const s of servers) {
    if (await db.server.findUnique({ where: { slug: s.slug } })) continue;
    const category = await db.category.findUniqueOrThrow({ where: { slug: s.category } });
    const members = [[s.owner, "OWNER"] as [string, MemberRole], ...s.members];
    await db.server.create({
      data: {
        name: s.name,
        slug: s.slug,
        description: s.description,
        visibility: s.visibility,
        ownerId: userIds.get(s.owner)!,
        categoryId: category.id,
        members: { create: members.map(([username, role]) => ({ userId: userIds.get(username)!, role })) },
        channels: {
          create: s.channels.map((c, position) => ({
            name: c.name,
            slug: c.slug,
            topic: c.topic,
            position,
            conversation: conversationWith(c.messages ?? [], userIds),
          })),
        },
      },
    });
  }

  const [a, b, lines] = directThread;
  const directKey = [userIds.get(a)!, userIds.get(b)!].sort().join(":");
  if (!(await db.thread.findUnique({ where: { directKey } }))) {
    await db.thread.create({
      data: {
        directKey,
        createdById: userIds.get(a),
        conversation: conversationWith(lines, userIds),
        participants: { create: [{ userId: userIds.get(a)! }, { userId: userIds.get(b)! }] },
      },
    });
  }

  console.log(`demo data ready. Sign in with any of these (password "${DEMO_PASSWORD}"):`);
  for (const u of users) console.log(`  ${u.email.padEnd(24)} ${u.role === "ADMIN" ? "admin" : "member"}`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
