-- Server.memberCount (non-banned members) and Server.lastActivityAt (newest message in any of its
-- channels), kept by triggers like searchText, so that every writer keeps /explore's sorting
-- right: joins, leaves, bans, invites, the admin area, account deletion (cascades), seeds.

CREATE FUNCTION server_member_count() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND NOT OLD."banned" THEN
    UPDATE "Server" SET "memberCount" = "memberCount" - 1 WHERE "id" = OLD."serverId";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NOT NEW."banned" THEN
    UPDATE "Server" SET "memberCount" = "memberCount" + 1 WHERE "id" = NEW."serverId";
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER server_member_count
AFTER INSERT OR DELETE OR UPDATE OF "banned", "serverId" ON "ServerMember"
FOR EACH ROW EXECUTE FUNCTION server_member_count();

-- At most one write per server per minute: a busy server's messages must not all queue on its row.
CREATE FUNCTION server_last_activity() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Server" s SET "lastActivityAt" = NEW."lastMessageAt"
  FROM "Channel" c
  WHERE c."conversationId" = NEW."id" AND s."id" = c."serverId"
    AND s."lastActivityAt" < NEW."lastMessageAt" - interval '1 minute';
  RETURN NULL;
END
$$;

CREATE TRIGGER server_last_activity
AFTER UPDATE OF "lastMessageAt" ON "Conversation"
FOR EACH ROW WHEN (NEW."lastMessageAt" IS NOT NULL) EXECUTE FUNCTION server_last_activity();
