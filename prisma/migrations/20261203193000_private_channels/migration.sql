-- Private channels: readable only by chosen members and the server's owner and moderators
-- (the rule: lib/access/channel-read.ts).

-- AlterTable
ALTER TABLE "Channel" ADD COLUMN "private" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ChannelMember" (
    "channelId" TEXT NOT NULL,
    "serverId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelMember_pkey" PRIMARY KEY ("channelId","userId")
);

-- CreateIndex
CREATE INDEX "ChannelMember_userId_idx" ON "ChannelMember"("userId");

-- CreateIndex
CREATE INDEX "ChannelMember_serverId_userId_idx" ON "ChannelMember"("serverId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Channel_id_serverId_key" ON "Channel"("id", "serverId");

-- AddForeignKey
ALTER TABLE "ChannelMember" ADD CONSTRAINT "ChannelMember_channelId_serverId_fkey" FOREIGN KEY ("channelId", "serverId") REFERENCES "Channel"("id", "serverId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelMember" ADD CONSTRAINT "ChannelMember_serverId_userId_fkey" FOREIGN KEY ("serverId", "userId") REFERENCES "ServerMember"("serverId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- A private channel's name must not reach room search (Server.searchText, and from it RoomWord's
-- suggestions): the text counts public channels only, and is rebuilt when a channel changes sides.
CREATE OR REPLACE FUNCTION server_search_text(server_id TEXT, server_name TEXT, server_description TEXT)
RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT lower(server_name || ' ' || server_description || ' ' ||
    coalesce((SELECT string_agg(c."name", ' ' ORDER BY c."position") FROM "Channel" c WHERE c."serverId" = server_id AND NOT c."private"), ''))
$$;

DROP TRIGGER server_search_text_on_channel ON "Channel";
CREATE TRIGGER server_search_text_on_channel
AFTER INSERT OR DELETE OR UPDATE OF "name", "private" ON "Channel"
FOR EACH ROW EXECUTE FUNCTION server_search_text_on_channel();
