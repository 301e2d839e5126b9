import { createRoute } from "@hono/zod-openapi";
import {
  idParam,
  scoreAsOfQuery,
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
      description:
        "The latest stored score. With `asOf` (YYYY-MM-DD, today or earlier), the score the vendor's current " +
        "records give as of that day, computed on request and not stored: evidence observed and incidents " +
        "dated after it do not count.",
      request: { params: idParam, query: scoreAsOfQuery },
      responses: {
        200: json(vendorScoreResponse, "The latest score snapshot, or the score as of the date asked"),
        400: errors[400],
        404: errors[404],
        ...authErrors,
      },
    }),
    async (c) =>
      c.json(await getVendorScore(c.var.ctx, c.req.valid("param").id, c.req.valid("query").asOf), 200),
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
      description:
        "Changes apply in order. A change naming an evidence factor Ward does not know, or a data holding or " +
        "incident this vendor does not have, is refused (400) naming the change. `asOf` scores both sides as " +
        "of that day (today or earlier; today when left out).",
      request: { params: idParam, ...jsonBody(whatIfInput) },
      responses: {
        200: json(whatIfResponse, "Scores before and after, and the differences"),
        400: errors[400],
        404: errors[404],
        ...authErrors,
      },
    }),
    async (c) => c.json(await whatIfForVendor(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  );
