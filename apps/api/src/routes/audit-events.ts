import { createRoute } from "@hono/zod-openapi";
import { auditEventListResponse, listAuditEventsQuery } from "@ward/contracts";
import { exportAuditEventsCsv, listAuditEvents } from "../services/audit-events";
import { access, authErrors, createRouter, errors, json } from "./router";

const tags = ["Audit"];

export const auditEventsRouter = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      ...access("audit:read"),
      summary: "The audit trail, newest first, filtered by person, entity, action and time",
      request: { query: listAuditEventsQuery },
      responses: {
        200: json(auditEventListResponse, "A page of audit events"),
        400: errors[400],
        ...authErrors,
      },
    }),
    async (c) => c.json(await listAuditEvents(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/export.csv",
      tags,
      ...access("audit:read"),
      summary: "The filtered audit trail as CSV",
      request: { query: listAuditEventsQuery },
      responses: {
        200: { description: "CSV, one event a row", content: { "text/csv": { schema: { type: "string" } } } },
        ...authErrors,
      },
    }),
    async (c) => {
      const csv = await exportAuditEventsCsv(c.var.ctx, c.req.valid("query"));
      return c.body(csv, 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="ward-audit-${c.var.ctx.clock.now().toISOString().slice(0, 10)}.csv"`,
      });
    },
  );
