-- The audit log is append-only: rows can't be changed or deleted, by the app or anyone with SQL
-- access through it. The one change allowed is the foreign key's own ON DELETE SET NULL when the
-- acting admin's account is deleted (the entry keeps their name in "actorLabel").
CREATE FUNCTION audit_log_append_only() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."actorId" IS NOT NULL AND NEW."actorId" IS NULL
     AND NEW."id" = OLD."id" AND NEW."actorLabel" = OLD."actorLabel" AND NEW."action" = OLD."action"
     AND NEW."targetType" = OLD."targetType" AND NEW."targetId" = OLD."targetId"
     AND NEW."summary" = OLD."summary" AND NEW."createdAt" = OLD."createdAt" THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'the audit log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_append_only
BEFORE UPDATE OR DELETE ON "AuditLog"
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
