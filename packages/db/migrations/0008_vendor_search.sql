-- Search over name, aliases and former names through one trigram index (pg_trgm ships with PostgreSQL and PGlite).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- A generated column needs an immutable expression; array_to_string is only marked stable because some element
-- types print by locale, which text does not. Lines keep the parts apart; the list query still matches each
-- part exactly, so text spanning two parts never finds a vendor.
CREATE FUNCTION ward_vendor_search_text(name text, aliases text[], former_names text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT name || E'\n' || array_to_string(aliases, E'\n') || E'\n' || array_to_string(former_names, E'\n')
$$;
--> statement-breakpoint
ALTER TABLE "vendor" ADD COLUMN "incident_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "vendor" ADD COLUMN "search_text" text GENERATED ALWAYS AS (ward_vendor_search_text(name, aliases, former_names)) STORED;--> statement-breakpoint
CREATE INDEX "vendor_search_trgm_idx" ON "vendor" USING gin ("search_text" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "vendor_org_risk_order_idx" ON "vendor" USING btree ("organization_id",coalesce("risk_score", -1),lower("name"),"id");--> statement-breakpoint
CREATE INDEX "vendor_org_incident_order_idx" ON "vendor" USING btree ("organization_id","incident_count",lower("name"),"id");
--> statement-breakpoint
-- The vendor's incident count follows its incidents, whichever code writes them, so the list can sort by it
-- through an index instead of counting every vendor's incidents per request.
CREATE FUNCTION ward_vendor_count_incidents() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE vendor SET incident_count = incident_count - 1 WHERE id = OLD.vendor_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE vendor SET incident_count = incident_count + 1 WHERE id = NEW.vendor_id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER incident_counts_on_vendor
  AFTER INSERT OR DELETE OR UPDATE OF vendor_id ON "incident"
  FOR EACH ROW EXECUTE FUNCTION ward_vendor_count_incidents();
--> statement-breakpoint
UPDATE vendor SET incident_count = (SELECT count(*) FROM incident WHERE incident.vendor_id = vendor.id);
