ALTER TABLE "vendor" ADD COLUMN "previous_risk_score" integer;--> statement-breakpoint
ALTER TABLE "vendor" ADD COLUMN "last_assessed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "vendor" ADD COLUMN "reassessment_months" integer;--> statement-breakpoint
-- Vendors scored before this migration take the figures from their own snapshots, as the scoring now copies them:
-- the score before the newest, the newest assessment (not ageing nor a methodology rescoring; the first score when
-- there is none), and the cadence
-- the newest snapshot's inherent tier sets.
UPDATE "vendor" AS v SET
  "previous_risk_score" = (
    SELECT s.overall_score FROM score_snapshot AS s
    WHERE s.organization_id = v.organization_id AND s.vendor_id = v.id
    ORDER BY s.seq DESC OFFSET 1 LIMIT 1),
  "last_assessed_at" = (
    SELECT coalesce(max(s.created_at) FILTER (WHERE s.reason NOT IN ('ageing', 'methodology')), min(s.created_at))
    FROM score_snapshot AS s
    WHERE s.organization_id = v.organization_id AND s.vendor_id = v.id),
  "reassessment_months" = (
    SELECT (s.result -> 'inherent' ->> 'reassessmentMonths')::int FROM score_snapshot AS s
    WHERE s.organization_id = v.organization_id AND s.vendor_id = v.id
    ORDER BY s.seq DESC LIMIT 1)
WHERE v.risk_score IS NOT NULL;
