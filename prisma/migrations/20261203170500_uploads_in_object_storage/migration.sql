-- Avatars and server icons move to the object store: a row names its object (`key`); the bytes of
-- images stored before stay in `data` until `npm run storage:move-uploads` moves them (served from
-- here meanwhile).
ALTER TABLE "Upload" ADD COLUMN "key" TEXT;
ALTER TABLE "Upload" ALTER COLUMN "data" DROP NOT NULL;
CREATE UNIQUE INDEX "Upload_key_key" ON "Upload"("key");

-- However an upload row goes (replaced, its server or its owner's account deleted), its object is
-- queued for deletion from the store (lib/files/garbage.ts empties the queue).
CREATE FUNCTION upload_garbage() RETURNS trigger AS $$
BEGIN
  IF OLD."key" IS NOT NULL THEN
    INSERT INTO "StorageGarbage" ("key") VALUES (OLD."key") ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER upload_garbage AFTER DELETE ON "Upload" FOR EACH ROW EXECUTE FUNCTION upload_garbage();
