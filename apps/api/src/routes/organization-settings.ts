import { createRoute } from "@hono/zod-openapi";
import { organizationSettings, updateOrganizationSettingsInput } from "@ward/contracts";
import { getOrganizationSettings, updateOrganizationSettings } from "../services/organization-settings";
import { access, authErrors, createRouter, errors, json, jsonBody } from "./router";

const tags = ["Organization"];

export const organizationSettingsRouter = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      ...access("vendor:read"),
      summary: "The organization's settings",
      responses: { 200: json(organizationSettings, "Settings"), ...authErrors },
    }),
    async (c) => c.json(await getOrganizationSettings(c.var.ctx), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/",
      tags,
      ...access("settings:manage"),
      summary: "Change settings, e.g. require two-factor authentication for every member",
      request: jsonBody(updateOrganizationSettingsInput),
      responses: { 200: json(organizationSettings, "Settings"), 400: errors[400], ...authErrors },
    }),
    async (c) => c.json(await updateOrganizationSettings(c.var.ctx, c.req.valid("json")), 200),
  );
