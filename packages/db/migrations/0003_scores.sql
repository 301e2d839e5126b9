CREATE TABLE "score_snapshot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"vendor_id" uuid NOT NULL,
	"methodology_version" text NOT NULL,
	"as_of" text NOT NULL,
	"overall_score" integer NOT NULL,
	"overall_tier" text NOT NULL,
	"legacy_data_exposure_score" integer NOT NULL,
	"credential_hygiene_score" integer NOT NULL,
	"breach_history_score" integer NOT NULL,
	"confidence" real NOT NULL,
	"inputs_hash" text NOT NULL,
	"result" jsonb NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "vendor" ADD COLUMN "risk_score" integer;--> statement-breakpoint
ALTER TABLE "vendor" ADD COLUMN "risk_tier" text;--> statement-breakpoint
ALTER TABLE "vendor" ADD COLUMN "risk_methodology" text;--> statement-breakpoint
ALTER TABLE "score_snapshot" ADD CONSTRAINT "score_snapshot_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_snapshot" ADD CONSTRAINT "score_snapshot_vendor_id_vendor_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendor"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "score_snapshot_vendor_idx" ON "score_snapshot" USING btree ("organization_id","vendor_id","created_at");