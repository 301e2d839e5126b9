-- TRUNCATE fires no row triggers, so the append-only trigger of 0002 let it empty the audit trail in one statement.
-- A statement-level trigger refuses it with the same function and message.
CREATE TRIGGER audit_event_no_truncate
  BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION ward_audit_event_is_append_only();
