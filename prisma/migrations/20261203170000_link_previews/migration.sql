-- Link previews: one row per fetched URL, shared by the messages linking to it; a message points
-- at its card until its author removes it; a server's owner may turn previews off.
CREATE TABLE "LinkPreview" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "siteName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "imageKey" TEXT,
    "imageWidth" INTEGER,
    "imageHeight" INTEGER,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LinkPreview_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "LinkPreview_url_key" ON "LinkPreview"("url");

ALTER TABLE "Message" ADD COLUMN "linkPreviewId" TEXT;
ALTER TABLE "Message" ADD COLUMN "linkPreviewRemoved" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Message" ADD CONSTRAINT "Message_linkPreviewId_fkey" FOREIGN KEY ("linkPreviewId") REFERENCES "LinkPreview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Server" ADD COLUMN "linkPreviews" BOOLEAN NOT NULL DEFAULT true;

-- A preview's stored image goes to the object store's deletion queue when the row goes or when a
-- fresh fetch replaces it (lib/files/garbage.ts empties the queue).
CREATE FUNCTION link_preview_garbage() RETURNS trigger AS $$
BEGIN
  IF OLD."imageKey" IS NOT NULL AND (TG_OP = 'DELETE' OR NEW."imageKey" IS DISTINCT FROM OLD."imageKey") THEN
    INSERT INTO "StorageGarbage" ("key") VALUES (OLD."imageKey") ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER link_preview_garbage AFTER DELETE OR UPDATE OF "imageKey" ON "LinkPreview" FOR EACH ROW EXECUTE FUNCTION link_preview_garbage();
