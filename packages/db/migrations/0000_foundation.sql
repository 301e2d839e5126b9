CREATE TABLE "audit_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"actor_label" text NOT NULL,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"request_id" text,
	"ip" text,
	"user_agent" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"vendor_id" uuid NOT NULL,
	"factor" text NOT NULL,
	"value" jsonb NOT NULL,
	"statement" text NOT NULL,
	"observed_on" date NOT NULL,
	"origin" text NOT NULL,
	"source_url" text,
	"source_title" text,
	"notes" text,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_consequence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"amount_usd" double precision,
	"date" date,
	"source_id" uuid
);
--> statement-breakpoint
CREATE TABLE "incident_date" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"qualifier" text NOT NULL,
	"note" text,
	"source_id" uuid
);
--> statement-breakpoint
CREATE TABLE "incident_source" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"url" text NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"published_on" date
);
--> statement-breakpoint
CREATE TABLE "incident" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"vendor_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"attack_vector" text NOT NULL,
	"mfa_at_entry" text NOT NULL,
	"legacy_system_involved" text NOT NULL,
	"records_affected" bigint,
	"records_is_estimate" boolean DEFAULT false NOT NULL,
	"records_is_placeholder" boolean DEFAULT false NOT NULL,
	"data_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"demo_seed_version" integer,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "organization_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "data_holding" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"vendor_id" uuid NOT NULL,
	"product_id" uuid,
	"system" text NOT NULL,
	"environment" text NOT NULL,
	"record_count" integer,
	"phi_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"encrypted_at_rest" text NOT NULL,
	"reachable_with_customer_credentials" text NOT NULL,
	"migration_status" text NOT NULL,
	"end_of_support" date,
	"retention_end" date,
	"destroyed_on" date,
	"destruction_evidence" text,
	"notes" text,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"vendor_id" uuid NOT NULL,
	"name" text NOT NULL,
	"hosting_model" text NOT NULL,
	"version" text,
	"end_of_support" date,
	"notes" text,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "vendor" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"former_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"website" text,
	"category" text NOT NULL,
	"parent_company" text,
	"ownership_history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"relationship_status" text NOT NULL,
	"criticality" text NOT NULL,
	"description" text,
	"seed_key" text
);
--> statement-breakpoint
ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_vendor_id_vendor_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendor"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_consequence" ADD CONSTRAINT "incident_consequence_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_consequence" ADD CONSTRAINT "incident_consequence_incident_id_incident_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incident"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_consequence" ADD CONSTRAINT "incident_consequence_source_id_incident_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."incident_source"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_date" ADD CONSTRAINT "incident_date_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_date" ADD CONSTRAINT "incident_date_incident_id_incident_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incident"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_date" ADD CONSTRAINT "incident_date_source_id_incident_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."incident_source"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_source" ADD CONSTRAINT "incident_source_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_source" ADD CONSTRAINT "incident_source_incident_id_incident_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incident"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident" ADD CONSTRAINT "incident_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident" ADD CONSTRAINT "incident_vendor_id_vendor_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendor"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_holding" ADD CONSTRAINT "data_holding_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_holding" ADD CONSTRAINT "data_holding_vendor_id_vendor_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendor"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_holding" ADD CONSTRAINT "data_holding_product_id_product_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."product"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product" ADD CONSTRAINT "product_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product" ADD CONSTRAINT "product_vendor_id_vendor_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendor"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "vendor" ADD CONSTRAINT "vendor_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_event_org_at_idx" ON "audit_event" USING btree ("organization_id","at");--> statement-breakpoint
CREATE INDEX "audit_event_entity_idx" ON "audit_event" USING btree ("organization_id","entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "evidence_vendor_factor_idx" ON "evidence" USING btree ("organization_id","vendor_id","factor");--> statement-breakpoint
CREATE INDEX "incident_consequence_incident_idx" ON "incident_consequence" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "incident_date_incident_idx" ON "incident_date" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "incident_source_incident_idx" ON "incident_source" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "incident_vendor_idx" ON "incident" USING btree ("organization_id","vendor_id");--> statement-breakpoint
CREATE INDEX "data_holding_vendor_idx" ON "data_holding" USING btree ("organization_id","vendor_id");--> statement-breakpoint
CREATE INDEX "product_vendor_idx" ON "product" USING btree ("organization_id","vendor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_org_name_unique" ON "vendor" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_org_seed_key_unique" ON "vendor" USING btree ("organization_id","seed_key");