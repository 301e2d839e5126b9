ALTER TABLE "vendor" ADD COLUMN "priority_rank" integer;--> statement-breakpoint
ALTER TABLE "vendor" ADD COLUMN "priority_level" smallint;--> statement-breakpoint
ALTER TABLE "vendor" ADD COLUMN "inherent_tier" text;--> statement-breakpoint
ALTER TABLE "vendor" ADD COLUMN "risk_range_low" real;--> statement-breakpoint
ALTER TABLE "vendor" ADD COLUMN "risk_range_high" real;--> statement-breakpoint
CREATE INDEX "vendor_org_priority_order_idx" ON "vendor" USING btree ("organization_id",coalesce("priority_rank", -1),lower("name"),"id");--> statement-breakpoint
-- A vendor already scored under methodology 2026.2 gets its priority, range and portfolio tier from its newest
-- snapshot, so the portfolio orders it at once; vendors scored under an older methodology keep nulls until the
-- rescoring at start scores them again. The facet counts follow `risk_tier` through their trigger.
UPDATE "vendor" AS v SET
  "priority_rank" = (s.result -> 'priority' ->> 'rank')::integer,
  "priority_level" = (s.result -> 'priority' ->> 'level')::smallint,
  "inherent_tier" = s.result -> 'priority' ->> 'inherentTier',
  "risk_range_low" = (s.result -> 'overall' -> 'range' ->> 'low')::real,
  "risk_range_high" = (s.result -> 'overall' -> 'range' ->> 'high')::real,
  "risk_tier" = CASE WHEN s.result -> 'overall' ->> 'state' = 'unassessed' THEN 'unassessed' ELSE v."risk_tier" END
FROM (
  SELECT DISTINCT ON ("organization_id", "vendor_id") "organization_id", "vendor_id", "result"
  FROM "score_snapshot" ORDER BY "organization_id", "vendor_id", "seq" DESC
) AS s
WHERE s."organization_id" = v."organization_id" AND s."vendor_id" = v."id" AND s.result ? 'priority';
