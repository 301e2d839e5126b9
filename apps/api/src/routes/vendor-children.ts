import { createRoute } from "@hono/zod-openapi";
import {
  createDataHoldingInput,
  createEvidenceInput,
  createIncidentInput,
  createProductInput,
  dataHoldingDto,
  dataHoldingListResponse,
  evidenceDto,
  evidenceListResponse,
  idParam,
  incidentDto,
  incidentListResponse,
  productDto,
  productListResponse,
  updateDataHoldingInput,
  updateEvidenceInput,
  updateIncidentInput,
  updateProductInput,
  vendorChildParam,
} from "@ward/contracts";
import type { Context } from "hono";
import type { z } from "zod";
import type { ServiceContext } from "../services/context";
import { incidentService } from "../services/incidents";
import { dataHoldingService, evidenceService, productService } from "../services/vendor-children";
import { access, createRouter, errors, json, jsonBody, noContent } from "./router";

interface ChildService<Dto, Create, Update> {
  list(ctx: ServiceContext, vendorId: string): Promise<{ items: Dto[] }>;
  get(ctx: ServiceContext, vendorId: string, id: string): Promise<Dto>;
  create(ctx: ServiceContext, vendorId: string, input: Create): Promise<Dto>;
  update(ctx: ServiceContext, vendorId: string, id: string, patch: Update): Promise<Dto>;
  remove(ctx: ServiceContext, vendorId: string, id: string): Promise<void>;
}

interface ChildRoutes<
  Dto extends z.ZodType,
  List extends z.ZodType,
  Create extends z.ZodType,
  Update extends z.ZodType,
> {
  tag: string;
  noun: string;
  dto: Dto;
  list: List;
  create: Create;
  update: Update;
  service: ChildService<z.infer<Dto>, z.infer<Create>, z.infer<Update>>;
}

/*
 * TypeScript cannot resolve `c.req.valid()` when a route's body schema is a type parameter, so the two generic
 * handlers read the already validated values through these.
 */
const pathIds = (c: Context) => c.req.param() as { id: string; childId: string };
const validBody = <T extends z.ZodType>(c: Context) =>
  (c.req.valid as (target: "json") => unknown)("json") as z.infer<T>;

/** List, create, get, change and delete for one kind of record kept under a vendor. */
function vendorChildRouter<
  Dto extends z.ZodType,
  List extends z.ZodType,
  Create extends z.ZodType,
  Update extends z.ZodType,
>(spec: ChildRoutes<Dto, List, Create, Update>) {
  const tags = [spec.tag];
  return createRouter()
    .openapi(
      createRoute({
        method: "get",
        path: "/",
        tags,
        ...access("vendor:read"),
        summary: `List a vendor's ${spec.noun}s`,
        request: { params: idParam },
        responses: { 200: json(spec.list, `The vendor's ${spec.noun}s`), 404: errors[404] },
      }),
      async (c) =>
        c.json((await spec.service.list(c.var.ctx, c.req.valid("param").id)) as z.infer<List>, 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/",
        tags,
        ...access("vendor:write"),
        summary: `Add a ${spec.noun}`,
        request: { params: idParam, ...jsonBody(spec.create) },
        responses: {
          201: json(spec.dto, `The new ${spec.noun}`),
          400: errors[400],
          404: errors[404],
          413: errors[413],
        },
      }),
      async (c) =>
        c.json(
          (await spec.service.create(c.var.ctx, pathIds(c).id, validBody<Create>(c))) as z.infer<Dto>,
          201,
        ),
    )
    .openapi(
      createRoute({
        method: "get",
        path: "/{childId}",
        tags,
        ...access("vendor:read"),
        summary: `Get a ${spec.noun}`,
        request: { params: vendorChildParam },
        responses: { 200: json(spec.dto, `The ${spec.noun}`), 404: errors[404] },
      }),
      async (c) => {
        const { id, childId } = c.req.valid("param");
        return c.json((await spec.service.get(c.var.ctx, id, childId)) as z.infer<Dto>, 200);
      },
    )
    .openapi(
      createRoute({
        method: "patch",
        path: "/{childId}",
        tags,
        ...access("vendor:write"),
        summary: `Change a ${spec.noun}`,
        request: { params: vendorChildParam, ...jsonBody(spec.update) },
        responses: { 200: json(spec.dto, `The changed ${spec.noun}`), 400: errors[400], 404: errors[404] },
      }),
      async (c) => {
        const { id, childId } = pathIds(c);
        return c.json(
          (await spec.service.update(c.var.ctx, id, childId, validBody<Update>(c))) as z.infer<Dto>,
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: "delete",
        path: "/{childId}",
        tags,
        ...access("vendor:write"),
        summary: `Delete a ${spec.noun}`,
        request: { params: vendorChildParam },
        responses: { 204: noContent, 404: errors[404] },
      }),
      async (c) => {
        const { id, childId } = c.req.valid("param");
        await spec.service.remove(c.var.ctx, id, childId);
        return c.body(null, 204);
      },
    );
}

export const productsRouter = vendorChildRouter({
  tag: "Products",
  noun: "product",
  dto: productDto,
  list: productListResponse,
  create: createProductInput,
  update: updateProductInput,
  service: productService,
});

export const dataHoldingsRouter = vendorChildRouter({
  tag: "Data holdings",
  noun: "data holding",
  dto: dataHoldingDto,
  list: dataHoldingListResponse,
  create: createDataHoldingInput,
  update: updateDataHoldingInput,
  service: dataHoldingService,
});

export const incidentsRouter = vendorChildRouter({
  tag: "Incidents",
  noun: "incident",
  dto: incidentDto,
  list: incidentListResponse,
  create: createIncidentInput,
  update: updateIncidentInput,
  service: incidentService,
});

export const evidenceRouter = vendorChildRouter({
  tag: "Evidence",
  noun: "evidence record",
  dto: evidenceDto,
  list: evidenceListResponse,
  create: createEvidenceInput,
  update: updateEvidenceInput,
  service: evidenceService,
});
