-- Message search: a language-neutral ('simple': lower-cased words, no stemming) tsvector that the
-- database generates from the body on every insert and edit (a delete for everyone empties the
-- body, so the message leaves the index), searched through a GIN index.
ALTER TABLE "Message" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "body")) STORED;

CREATE INDEX "Message_searchVector_idx" ON "Message" USING GIN ("searchVector");
