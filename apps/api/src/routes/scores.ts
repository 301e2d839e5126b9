import { createRoute } from "@hono/zod-openapi";
import {
  idParam,
  scoreHistoryResponse,
  vendorScoreResponse,
  whatIfInput,
  whatIfResponse,
} from "@ward/contracts";
import { getScoreHistory, getVendorScore, whatIfForVendor } from "../services/scores";
import { access, authErrors, createRouter, errors, json, jsonBody } from "./router";

const tags = ["Scores"];

export const scoresRouter = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/score",
      tags,
      ...access("vendor:read"),
      summary:
        "The vendor's current explained score: three dimensions, overall, inherent risk, every contribution",
      request: { params: idParam },
      responses: {
        200: json(vendorScoreResponse, "The latest score snapshot"),
        404: errors[404],
        ...authErrors,
      },
    }),
    async (c) => c.json(await getVendorScore(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/score/history",
      tags,
      ...access("vendor:read"),
      summary: "Every stored score of the vendor, oldest first",
      request: { params: idParam },
      responses: { 200: json(scoreHistoryResponse, "Score history"), 404: errors[404], ...authErrors },
    }),
    async (c) => c.json(await getScoreHistory(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/what-if",
      tags,
      ...access("vendor:read"),
      summary: "Score hypothetical changes (destroy a holding, enforce MFA…) without storing anything",
      request: { params: idParam, ...jsonBody(whatIfInput) },
      responses: {
        200: json(whatIfResponse, "Scores before and after, and the differences"),
        400: errors[400],
        404: errors[404],
        ...authErrors,
      },
    }),
    async (c) =>
      c.json(await whatIfForVendor(c.var.ctx, c.req.valid("param").id, c.req.valid("json").changes), 200),
  );
