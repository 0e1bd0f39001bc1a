// `npm run storage:move-uploads`: moves avatars and server icons stored in PostgreSQL (before
// images went to the object store) into the store, with the app's environment (S3_*). Run once
// after deploying the version that moved them; `npm run dev` runs it on every start.
import "./lib/outside-next";
import { db } from "../lib/db";
import { moveUploadsToStorage } from "../lib/uploads/move-to-storage";

moveUploadsToStorage()
  .then((moved) => console.log(moved > 0 ? `moved ${moved} image${moved === 1 ? "" : "s"} to the object store` : "no images left in the database"))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
