import { createRoute } from "@hono/zod-openapi";
import { outboxListResponse } from "@ward/contracts";
import { listOutbox } from "../services/outbox";
import { access, authErrors, createRouter, json } from "./router";

export const outboxRouter = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/",
    tags: ["Members"],
    ...access("member:manage"),
    summary: "Messages Ward sent, with their links (the delivery channel when SMTP is not configured)",
    responses: { 200: json(outboxListResponse, "Messages, newest first"), ...authErrors },
  }),
  async (c) => c.json(await listOutbox(c.var.ctx), 200),
);
