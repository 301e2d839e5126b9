import { createRoute } from "@hono/zod-openapi";
import {
  createWhatIfScenarioInput,
  idParam,
  scenarioParam,
  whatIfScenarioDto,
  whatIfScenarioList,
} from "@ward/contracts";
import { createScenario, deleteScenario, listScenarios } from "../services/what-if-scenarios";
import { access, authErrors, createRouter, errors, json, jsonBody, noContent } from "./router";

const tags = ["What-if scenarios"];

/** `/api/vendors/:id/scenarios`: named sets of what-if changes saved on a vendor. */
export const whatIfScenariosRouter = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      ...access("vendor:read"),
      summary: "The vendor's saved what-if scenarios, oldest first",
      request: { params: idParam },
      responses: { 200: json(whatIfScenarioList, "Saved scenarios"), 404: errors[404], ...authErrors },
    }),
    async (c) => c.json(await listScenarios(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      tags,
      ...access("vendor:write"),
      summary: "Save a named set of what-if changes on the vendor",
      request: { params: idParam, ...jsonBody(createWhatIfScenarioInput) },
      responses: {
        201: json(whatIfScenarioDto, "The saved scenario"),
        400: errors[400],
        404: errors[404],
        ...authErrors,
      },
    }),
    async (c) => c.json(await createScenario(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{scenarioId}",
      tags,
      ...access("vendor:write"),
      summary: "Delete a saved what-if scenario",
      request: { params: scenarioParam },
      responses: { 204: noContent, 404: errors[404], ...authErrors },
    }),
    async (c) => {
      const { id, scenarioId } = c.req.valid("param");
      await deleteScenario(c.var.ctx, id, scenarioId);
      return c.body(null, 204);
    },
  );
