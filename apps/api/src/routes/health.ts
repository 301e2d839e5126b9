import { createRoute } from "@hono/zod-openapi";
import { healthResponse } from "@ward/contracts";
import type { DatabaseKind, MigrationLevel } from "@ward/db";
import { getHealth } from "../services/health";
import { access, createRouter, json } from "./router";

export function healthRouter(deps: {
  migrationLevel: () => Promise<MigrationLevel>;
  database: DatabaseKind;
  version: string;
  demo?: boolean;
}) {
  return createRouter().openapi(
    createRoute({
      method: "get",
      path: "/",
      tags: ["Operations"],
      ...access("public"),
      summary: "Health, database kind and migration level",
      responses: { 200: json(healthResponse, "Ward is up") },
    }),
    async (c) =>
      c.json(await getHealth(deps.migrationLevel, deps.database, deps.version, deps.demo ?? false), 200),
  );
}
