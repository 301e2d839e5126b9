import { createRoute } from "@hono/zod-openapi";
import { evidenceCatalogueResponse } from "@ward/contracts";
import { listEvidenceCatalogue } from "../services/evidence-catalogue";
import { access, authErrors, createRouter, json } from "./router";

export const evidenceCatalogueRouter = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/",
    tags: ["Evidence"],
    ...access("vendor:read"),
    summary: "List the facts Ward accepts as evidence",
    description:
      "Each fact's key (send it as an evidence record's `factor`), label, the question to ask the vendor, the values it takes and the risk dimension it moves (null when Ward keeps it on record without scoring it). Evidence with another key, or a value the fact does not take, is refused with 400.",
    responses: { 200: json(evidenceCatalogueResponse, "The evidence catalogue"), ...authErrors },
  }),
  (c) => c.json(listEvidenceCatalogue(c.var.ctx), 200),
);
