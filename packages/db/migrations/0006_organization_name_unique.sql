-- Before the index, a rename could give two organizations the same name. Every copy but the oldest takes its
-- (unique) slug in brackets, so the index can be built and the copies are told apart.
UPDATE "organization" AS o SET "name" = o."name" || ' (' || o."slug" || ')'
WHERE EXISTS (
  SELECT 1 FROM "organization" AS older
  WHERE lower(older."name") = lower(o."name")
    AND (older."created_at", older."id") < (o."created_at", o."id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "organization_name_unique" ON "organization" USING btree (lower("name"));
