-- Room words are shared by every public server ("general" is in nearly all): concurrent server
-- changes locked them in different orders and deadlocked (a deleted server's channels change its
-- words too, in the same statement). One transaction at a time changes them now (a lock held to
-- its end), in word order.
CREATE OR REPLACE FUNCTION room_words_on_server() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  old_words TEXT[] := CASE WHEN TG_OP <> 'INSERT' AND OLD."visibility" = 'PUBLIC' THEN ARRAY(SELECT room_words(OLD."searchText")) ELSE '{}' END;
  new_words TEXT[] := CASE WHEN TG_OP <> 'DELETE' AND NEW."visibility" = 'PUBLIC' THEN ARRAY(SELECT room_words(NEW."searchText")) ELSE '{}' END;
BEGIN
  IF cardinality(old_words) + cardinality(new_words) = 0 THEN RETURN NULL; END IF;
  PERFORM pg_advisory_xact_lock(hashtext('RoomWord'));
  INSERT INTO "RoomWord" ("word", "servers")
  SELECT w, sum(d)::int FROM (
    SELECT w, 1 AS d FROM unnest(new_words) w WHERE w <> ALL (old_words)
    UNION ALL
    SELECT w, -1 AS d FROM unnest(old_words) w WHERE w <> ALL (new_words)
  ) changes
  GROUP BY w
  ORDER BY w
  ON CONFLICT ("word") DO UPDATE SET "servers" = "RoomWord"."servers" + EXCLUDED."servers";
  DELETE FROM "RoomWord" WHERE "servers" <= 0 AND "word" = ANY (old_words);
  RETURN NULL;
END
$$;
