import { createRoute } from "@hono/zod-openapi";
import {
  createVendorInput,
  idParam,
  listVendorsQuery,
  updateVendorInput,
  vendorDto,
  vendorListResponse,
} from "@ward/contracts";
import { createVendor, deleteVendor, getVendor, listVendors, updateVendor } from "../services/vendors";
import { access, createRouter, errors, json, jsonBody, noContent } from "./router";

const tags = ["Vendors"];

export const vendorsRouter = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      ...access("vendor:read"),
      summary: "List vendors with search, filters, sort and pages",
      request: { query: listVendorsQuery },
      responses: { 200: json(vendorListResponse, "A page of vendors"), 400: errors[400] },
    }),
    async (c) => c.json(await listVendors(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      tags,
      ...access("vendor:write"),
      summary: "Add a vendor",
      request: jsonBody(createVendorInput),
      responses: {
        201: json(vendorDto, "The new vendor"),
        400: errors[400],
        409: errors[409],
        413: errors[413],
      },
    }),
    async (c) => c.json(await createVendor(c.var.ctx, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      tags,
      ...access("vendor:read"),
      summary: "Get a vendor",
      request: { params: idParam },
      responses: { 200: json(vendorDto, "The vendor"), 404: errors[404] },
    }),
    async (c) => c.json(await getVendor(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      tags,
      ...access("vendor:write"),
      summary: "Change a vendor",
      request: { params: idParam, ...jsonBody(updateVendorInput) },
      responses: {
        200: json(vendorDto, "The changed vendor"),
        400: errors[400],
        404: errors[404],
        409: errors[409],
      },
    }),
    async (c) => c.json(await updateVendor(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}",
      tags,
      ...access("vendor:write"),
      summary: "Delete a vendor and everything recorded under it",
      request: { params: idParam },
      responses: { 204: noContent, 404: errors[404] },
    }),
    async (c) => {
      await deleteVendor(c.var.ctx, c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
