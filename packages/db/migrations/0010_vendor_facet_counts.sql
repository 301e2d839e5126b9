CREATE TABLE "vendor_facet_count" (
	"organization_id" uuid NOT NULL,
	"risk_tier" text NOT NULL,
	"criticality" text NOT NULL,
	"vendors" integer NOT NULL,
	CONSTRAINT "vendor_facet_count_organization_id_risk_tier_criticality_pk" PRIMARY KEY("organization_id","risk_tier","criticality")
);
--> statement-breakpoint
DROP INDEX "vendor_org_facets_idx";--> statement-breakpoint
ALTER TABLE "vendor_facet_count" ADD CONSTRAINT "vendor_facet_count_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The facets follow the vendors, whichever code writes them. A vendor counts under `unscored` until it has a tier.
-- A decrement only updates: when an organization is deleted its counts may be gone before its vendors are.
-- When a vendor moves between two counts, the two rows are changed in key order, so that two transactions
-- moving vendors in opposite directions take the row locks in the same order.
CREATE FUNCTION ward_vendor_facet_change(org uuid, tier text, crit text, delta integer) RETURNS void
  LANGUAGE plpgsql AS $$
BEGIN
  IF delta > 0 THEN
    INSERT INTO vendor_facet_count AS f (organization_id, risk_tier, criticality, vendors)
      VALUES (org, coalesce(tier, 'unscored'), crit, delta)
      ON CONFLICT (organization_id, risk_tier, criticality) DO UPDATE SET vendors = f.vendors + excluded.vendors;
  ELSE
    UPDATE vendor_facet_count SET vendors = vendors + delta
      WHERE organization_id = org AND risk_tier = coalesce(tier, 'unscored') AND criticality = crit;
  END IF;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION ward_vendor_count_facets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM ward_vendor_facet_change(NEW.organization_id, NEW.risk_tier, NEW.criticality, 1);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM ward_vendor_facet_change(OLD.organization_id, OLD.risk_tier, OLD.criticality, -1);
  ELSIF (OLD.organization_id::text, coalesce(OLD.risk_tier, 'unscored'), OLD.criticality)
      < (NEW.organization_id::text, coalesce(NEW.risk_tier, 'unscored'), NEW.criticality) THEN
    PERFORM ward_vendor_facet_change(OLD.organization_id, OLD.risk_tier, OLD.criticality, -1);
    PERFORM ward_vendor_facet_change(NEW.organization_id, NEW.risk_tier, NEW.criticality, 1);
  ELSE
    PERFORM ward_vendor_facet_change(NEW.organization_id, NEW.risk_tier, NEW.criticality, 1);
    PERFORM ward_vendor_facet_change(OLD.organization_id, OLD.risk_tier, OLD.criticality, -1);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Deferred to the commit: a count row is locked from the moment it changes until the transaction ends, and a
-- change of criticality that rescores the vendor holds its transaction open for the rescoring. Changed at once,
-- every such edit in an organization waited for the one before it (27 edits/s at 50 connections on PostgreSQL,
-- with deadlocks); changed at commit, each holds the rows for the commit alone.
CREATE CONSTRAINT TRIGGER vendor_facet_counts_on_insert_or_delete
  AFTER INSERT OR DELETE ON "vendor"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION ward_vendor_count_facets();
--> statement-breakpoint
-- Only when a counted field really changes: a rescore that keeps the tier, or a description edit, costs nothing.
CREATE CONSTRAINT TRIGGER vendor_facet_counts_on_update
  AFTER UPDATE OF organization_id, risk_tier, criticality ON "vendor"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW
  WHEN (OLD.organization_id IS DISTINCT FROM NEW.organization_id
    OR OLD.risk_tier IS DISTINCT FROM NEW.risk_tier
    OR OLD.criticality IS DISTINCT FROM NEW.criticality)
  EXECUTE FUNCTION ward_vendor_count_facets();
--> statement-breakpoint
INSERT INTO vendor_facet_count (organization_id, risk_tier, criticality, vendors)
  SELECT organization_id, coalesce(risk_tier, 'unscored'), criticality, count(*)::int
  FROM vendor GROUP BY 1, 2, 3;
