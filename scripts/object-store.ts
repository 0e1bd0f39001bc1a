// A local S3-compatible object store (s3rver) for development and tests, as Soketi stands in for
// Pusher: the app talks to it through the AWS SDK exactly as to S3 or R2.
//   tsx scripts/object-store.ts [--dir .data/objects | --memory] [--port 4569] [--bucket chatsphere]
// The bucket is created on start, with a CORS rule that lets browsers PUT to presigned URLs.
// s3rver checks no signatures and ignores POST-policy limits: the app verifies every object
// itself (lib/files), so nothing here is trusted.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import S3rver from "s3rver";

const { values } = parseArgs({
  options: {
    dir: { type: "string", default: ".data/objects" },
    memory: { type: "boolean", default: false },
    port: { type: "string", default: "4569" },
    bucket: { type: "string", default: "chatsphere" },
  },
});

const cors = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>*</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>HEAD</AllowedMethod>
    <AllowedMethod>PUT</AllowedMethod>
    <AllowedMethod>POST</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <MaxAgeSeconds>600</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

async function main() {
  const directory = values.memory ? mkdtempSync(path.join(tmpdir(), "chatsphere-objects-")) : path.resolve(values.dir);
  mkdirSync(directory, { recursive: true });
  const server = new S3rver({
    address: "127.0.0.1",
    port: Number(values.port),
    silent: true,
    directory,
    resetOnClose: values.memory,
    configureBuckets: [{ name: values.bucket, configs: [cors] }],
  });
  const address = await server.run();
  console.log(`object store ready on http://127.0.0.1:${address.port} (bucket ${values.bucket}, ${values.memory ? "temporary" : directory})`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    if (values.memory) rmSync(directory, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

main().catch((error) => {
  console.error("object store failed:", error);
  process.exit(1);
});
