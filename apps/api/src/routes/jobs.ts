import { createRoute } from "@hono/zod-openapi";
import { idParam, jobsOverviewResponse } from "@ward/contracts";
import { getJobsOverview, type JobsControl, retryFailedJob } from "../services/background-jobs";
import { access, authErrors, createRouter, errors, json, noContent } from "./router";

const tags = ["Jobs"];

export function jobsRouter(deps: { jobs: JobsControl }) {
  return createRouter()
    .openapi(
      createRoute({
        method: "get",
        path: "/",
        tags,
        ...access("settings:manage"),
        summary: "Background jobs: last and next run of each, failures, and rescoring progress",
        responses: { 200: json(jobsOverviewResponse, "The jobs overview"), ...authErrors },
      }),
      async (c) => c.json(await getJobsOverview(c.var.ctx, deps.jobs), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/{id}/retry",
        tags,
        ...access("settings:manage"),
        summary: "Retry a job that used up its retries (audited)",
        request: { params: idParam },
        responses: { 204: noContent, 404: errors[404], 409: errors[409], ...authErrors },
      }),
      async (c) => {
        await retryFailedJob(c.var.ctx, deps.jobs, c.req.valid("param").id);
        return c.body(null, 204);
      },
    );
}
