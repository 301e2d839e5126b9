CREATE TABLE "what_if_scenario" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"vendor_id" uuid NOT NULL,
	"name" text NOT NULL,
	"changes" jsonb NOT NULL,
	"created_by" uuid,
	"created_by_label" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "what_if_scenario" ADD CONSTRAINT "what_if_scenario_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "what_if_scenario" ADD CONSTRAINT "what_if_scenario_vendor_id_vendor_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendor"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "what_if_scenario" ADD CONSTRAINT "what_if_scenario_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "what_if_scenario_vendor_idx" ON "what_if_scenario" USING btree ("organization_id","vendor_id","created_at");