ALTER TABLE "incident" RENAME COLUMN "attack_vector" TO "entry_route";--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "assurance" text;--> statement-breakpoint
-- Evidence recorded before assurance existed gets what its origin can vouch for, as defaultAssurance does: public
-- records and breach imports are public records, everything else is the word of whoever gave it.
UPDATE "evidence" SET "assurance" = CASE
  WHEN "origin" IN ('public_record', 'breach_import') THEN 'public_record'
  ELSE 'self_attested'
END;--> statement-breakpoint
ALTER TABLE "evidence" ALTER COLUMN "assurance" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "document" text;--> statement-breakpoint
ALTER TABLE "incident" ADD COLUMN "data_taken" text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "incident" ADD COLUMN "encrypted_for_extortion" text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "incident" ADD COLUMN "service_outage" text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "incident" ADD COLUMN "outage_days" double precision;--> statement-breakpoint
ALTER TABLE "incident" ADD COLUMN "services_stopped" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
-- Ransomware was recorded as the way in; it is what the attacker did once inside. The way in stays unknown unless
-- an analyst records it, and the extortion is kept where it now belongs.
UPDATE "incident" SET "entry_route" = 'unknown', "encrypted_for_extortion" = 'yes'
WHERE "entry_route" = 'ransomware';--> statement-breakpoint
ALTER TABLE "data_holding" ADD COLUMN "destruction_assurance" text;--> statement-breakpoint
-- Destruction recorded before this migration rests on free text that nobody checked: it is kept as the vendor's
-- statement, which is recorded but is not proof.
UPDATE "data_holding" SET "destruction_assurance" = 'self_attested' WHERE "destroyed_on" IS NOT NULL;
