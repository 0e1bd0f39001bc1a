import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/lib/services";

// `npm run dev` without DATABASE_URL runs on the embedded PGlite server (scripts/embedded-db.ts),
// which executes protocol messages one at a time for all connections. A connection's extended-
// protocol exchange (Parse … Sync) must not be cut into by another connection's: both share
// PGlite's single backend, where the unnamed prepared statement would be replaced.

let database: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
beforeAll(async () => {
  database = await startEmbeddedPostgres({ quiet: true });
}, 120_000);
afterAll(() => database?.stop());

function message(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), length, body]);
}
const cstring = (s: string) => Buffer.from(s + "\0");
const int16 = (n: number) => Buffer.from([n >> 8, n & 0xff]);
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const parse = (sql: string) => message("P", cstring(""), cstring(sql), int16(0));
const bind = (values: string[]) =>
  message("B", cstring(""), cstring(""), int16(0), int16(values.length), ...values.flatMap((v) => [int32(Buffer.byteLength(v)), Buffer.from(v)]), int16(0));
const executeAndSync = () => Buffer.concat([message("E", cstring(""), int32(0)), message("S")]);

/** A raw protocol connection: send bytes, collect the server's messages (type letter + text). */
async function connect(port: number) {
  const socket = net.connect(port, "127.0.0.1");
  let buffer = Buffer.alloc(0);
  const received: { type: string; text: string }[] = [];
  socket.on("data", (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 5 && buffer.length >= 1 + buffer.readInt32BE(1)) {
      const size = 1 + buffer.readInt32BE(1);
      received.push({ type: String.fromCharCode(buffer[0]!), text: buffer.subarray(5, size).toString("latin1") });
      buffer = buffer.subarray(size);
    }
  });
  await new Promise((resolve) => socket.once("connect", resolve));
  const startup = Buffer.concat([int32(196608), cstring("user"), cstring("postgres"), cstring("database"), cstring("postgres"), Buffer.from([0])]);
  socket.write(Buffer.concat([int32(startup.length + 4), startup]));
  const readyCount = () => received.filter((m) => m.type === "Z").length;
  const waitReady = async (n: number) => {
    const deadline = Date.now() + 10_000;
    while (readyCount() < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  };
  await waitReady(1);
  return { socket, received, waitReady };
}

describe("the embedded database", () => {
  it("keeps one connection's Parse…Sync exchange whole while another connection talks", async () => {
    const port = Number(new URL(database.url).port);
    const a = await connect(port);
    const b = await connect(port);

    a.socket.write(parse("select $1::int + $2::int"));
    await new Promise((r) => setTimeout(r, 150)); // A's Parse is in; its Bind is still on the way
    b.socket.write(Buffer.concat([parse("select $1::int * 10"), bind(["7"]), executeAndSync()]));
    await new Promise((r) => setTimeout(r, 150));
    a.socket.write(Buffer.concat([bind(["1", "2"]), executeAndSync()]));
    await Promise.all([a.waitReady(2), b.waitReady(2)]);

    const errors = [...a.received, ...b.received].filter((m) => m.type === "E").map((m) => m.text);
    expect(errors).toEqual([]);
    expect(a.received.filter((m) => m.type === "D").map((m) => m.text)).toEqual([expect.stringMatching(/3$/)]);
    expect(b.received.filter((m) => m.type === "D").map((m) => m.text)).toEqual([expect.stringMatching(/70$/)]);
    a.socket.destroy();
    b.socket.destroy();
  });
});
