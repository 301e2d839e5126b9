import { OpenAPIHono } from "@hono/zod-openapi";
import { errorEnvelope, toFieldIssues } from "@ward/contracts";
import type { z } from "zod";
import type { AppEnv } from "../middleware/types";
import { NotFoundError, ValidationError } from "../services/errors";

/**
 * A router whose request validation failures become the error envelope: a bad path id is an unknown record
 * (404), anything else names the failing fields (400).
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      if (result.target === "param") throw new NotFoundError("Record");
      throw new ValidationError("Some fields are missing or invalid", toFieldIssues(result.error.issues));
    },
  });
}

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

const envelope = (description: string) => json(errorEnvelope, description);

export const errors = {
  400: envelope("Invalid input; `issues` names each failing field"),
  404: envelope("No such record in your organization"),
  409: envelope("Conflicts with an existing record"),
  413: envelope("Request body too large"),
} as const;

export const noContent = { description: "Done; no content" };
