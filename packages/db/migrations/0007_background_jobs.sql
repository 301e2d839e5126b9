CREATE TABLE "vendor_score_check" (
	"vendor_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"checked_at" timestamp with time zone,
	"rescore_queued_for" text
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "queued_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "mail_outbox" ADD COLUMN "next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "vendor_score_check" ADD CONSTRAINT "vendor_score_check_vendor_id_vendor_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendor"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor_score_check" ADD CONSTRAINT "vendor_score_check_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "vendor_score_check_org_idx" ON "vendor_score_check" USING btree ("organization_id");