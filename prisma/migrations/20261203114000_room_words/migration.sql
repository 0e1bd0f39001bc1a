-- RoomWord: the distinct words of public servers' searchText (name, description, channel names),
-- with how many servers use each, for /explore's typo fallback ("gamng" → "gaming"). Private
-- servers never contribute, so a suggestion can't reveal one.
CREATE TABLE "RoomWord" (
    "word" TEXT NOT NULL,
    "servers" INTEGER NOT NULL,

    CONSTRAINT "RoomWord_pkey" PRIMARY KEY ("word")
);

CREATE INDEX "RoomWord_word_idx" ON "RoomWord" USING GIN ("word" gin_trgm_ops);

CREATE FUNCTION room_words(search_text TEXT) RETURNS SETOF TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT w FROM regexp_split_to_table(search_text, '[^[:alnum:]]+') w WHERE length(w) BETWEEN 3 AND 40
$$;

CREATE FUNCTION room_words_on_server() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  old_words TEXT[] := CASE WHEN TG_OP <> 'INSERT' AND OLD."visibility" = 'PUBLIC' THEN ARRAY(SELECT room_words(OLD."searchText")) ELSE '{}' END;
  new_words TEXT[] := CASE WHEN TG_OP <> 'DELETE' AND NEW."visibility" = 'PUBLIC' THEN ARRAY(SELECT room_words(NEW."searchText")) ELSE '{}' END;
BEGIN
  INSERT INTO "RoomWord" ("word", "servers")
  SELECT w, 1 FROM unnest(new_words) w WHERE w <> ALL (old_words)
  ON CONFLICT ("word") DO UPDATE SET "servers" = "RoomWord"."servers" + 1;
  UPDATE "RoomWord" SET "servers" = "servers" - 1 WHERE "word" IN (SELECT w FROM unnest(old_words) w WHERE w <> ALL (new_words));
  DELETE FROM "RoomWord" WHERE "servers" <= 0 AND "word" = ANY (old_words);
  RETURN NULL;
END
$$;

CREATE TRIGGER room_words_on_server_insert_delete
AFTER INSERT OR DELETE ON "Server"
FOR EACH ROW EXECUTE FUNCTION room_words_on_server();

-- searchText changes through a BEFORE trigger (name, description) or a channel's trigger, so the
-- update trigger watches the values rather than the columns named in the UPDATE.
CREATE TRIGGER room_words_on_server_update
AFTER UPDATE ON "Server"
FOR EACH ROW WHEN (OLD."searchText" IS DISTINCT FROM NEW."searchText" OR OLD."visibility" IS DISTINCT FROM NEW."visibility")
EXECUTE FUNCTION room_words_on_server();

INSERT INTO "RoomWord" ("word", "servers")
SELECT w, count(*) FROM "Server" s, room_words(s."searchText") w WHERE s."visibility" = 'PUBLIC' GROUP BY w;
