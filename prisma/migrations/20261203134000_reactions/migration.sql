-- Reactions: one row per (message, person, emoji). Counts are read by grouping, so two people
-- reacting at once never lose an update; a person's reactions go with their account.
CREATE TABLE "Reaction" (
    "messageId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "emoji" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reaction_pkey" PRIMARY KEY ("messageId","userId","emoji")
);

-- CreateIndex
CREATE INDEX "Reaction_userId_idx" ON "Reaction"("userId");

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reaction" ADD CONSTRAINT "Reaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Reactions that go without the reaction service (an account deleted, its rows cascading) move
-- their messages' "updatedAt", so clients catching up ("changed since") learn the new counts.
CREATE FUNCTION "reaction_touch_message"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Message" SET "updatedAt" = now() WHERE "id" IN (SELECT DISTINCT "messageId" FROM removed);
  RETURN NULL;
END $$;

CREATE TRIGGER "reaction_touch_message" AFTER DELETE ON "Reaction"
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION "reaction_touch_message"();
