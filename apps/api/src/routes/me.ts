import { createRoute } from "@hono/zod-openapi";
import { meResponse } from "@ward/contracts";
import { getMe } from "../services/me";
import { access, authErrors, createRouter, json } from "./router";

export const meRouter = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/",
    tags: ["Account"],
    ...access("member"),
    summary: "Who is signed in, in which organization, with which role and permissions",
    responses: { 200: json(meResponse, "The caller"), ...authErrors },
  }),
  async (c) => c.json(getMe(c.var.ctx, c.var.user, c.var.organization), 200),
);
