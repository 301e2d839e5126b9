import { createRoute } from "@hono/zod-openapi";
import {
  apiKeyDto,
  apiKeyListResponse,
  createApiKeyInput,
  createdApiKeyResponse,
  idParam,
} from "@ward/contracts";
import { createApiKey, listApiKeys, revokeApiKey } from "../services/api-keys";
import { access, authErrors, createRouter, errors, json, jsonBody } from "./router";

const tags = ["API keys"];

export const apiKeysRouter = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      ...access("api_key:manage"),
      summary: "List API keys (never the keys themselves)",
      responses: { 200: json(apiKeyListResponse, "API keys"), ...authErrors },
    }),
    async (c) => c.json(await listApiKeys(c.var.ctx), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      tags,
      ...access("api_key:manage"),
      summary: "Create an API key; the response is the only time the key is shown",
      request: jsonBody(createApiKeyInput),
      responses: {
        201: json(createdApiKeyResponse, "The key and its record"),
        400: errors[400],
        ...authErrors,
      },
    }),
    async (c) => c.json(await createApiKey(c.var.ctx, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/revoke",
      tags,
      ...access("api_key:manage"),
      summary: "Revoke an API key at once",
      request: { params: idParam },
      responses: { 200: json(apiKeyDto, "The revoked key"), 404: errors[404], ...authErrors },
    }),
    async (c) => c.json(await revokeApiKey(c.var.ctx, c.req.valid("param").id), 200),
  );
