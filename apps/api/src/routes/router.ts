import { OpenAPIHono } from "@hono/zod-openapi";
import { errorEnvelope, type Permission, roleCan, toFieldIssues } from "@ward/contracts";
import type { MiddlewareHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";
import type { AppEnv } from "../middleware/types";
import { ForbiddenError, NotFoundError, ValidationError } from "../services/errors";

/** `application/json` or a `+json` type, with or without parameters such as a charset. */
const jsonMediaType = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * A router whose request validation failures become the error envelope: a JSON route sent anything but JSON is
 * 415, a bad path id is an unknown record (404), anything else names the failing fields (400).
 */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      // A body of another type is refused before validation (see handleError); a request with no content type
      // at all reaches here validated as `{}`, which must not pass for a body that happens to be all optional.
      if (result.target === "json" && !jsonMediaType.test(c.req.header("content-type") ?? ""))
        throw new HTTPException(415);
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

/**
 * Who may call a route: anyone, anyone signed in, any member, or members whose role grants a permission.
 * Published in the OpenAPI document as `x-ward-access`; the access-matrix test reads it from there, and the
 * services enforce it.
 */
export type Access = "public" | "session" | "member" | Permission;

/** Names of the security schemes in the OpenAPI document; `api-docs.ts` declares what each one is. */
export const securitySchemeNames = { session: "sessionCookie", apiKey: "apiKey" } as const;

/**
 * The OpenAPI `security` a route's access implies: nothing for public routes, only the session for routes about
 * the signed-in person (an API key stands for no one), otherwise either the session or an API key.
 */
export function securityFor(who: Access) {
  if (who === "public") return [];
  const session = { [securitySchemeNames.session]: [] };
  if (who === "session" || who === "member") return [session];
  return [session, { [securitySchemeNames.apiKey]: [] }];
}

/**
 * Declares who may call a route. For a permission, or a route about the signed-in person called with an API key,
 * it refuses the caller before the request is validated, so a viewer learns "not allowed" rather than which fields were wrong. The service checks again: it
 * is the authority, this only orders the answers.
 */
export function access(who: Access) {
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (who.includes(":") && !roleCan(c.var.ctx.actor.role, who as Permission)) {
      throw new ForbiddenError(`Your role (${c.var.ctx.actor.role}) does not allow this`);
    }
    if ((who === "session" || who === "member") && c.var.ctx.actor.type !== "user") {
      throw new ForbiddenError("This route is about the signed-in person; an API key stands for no one");
    }
    await next();
  };
  return { "x-ward-access": who, security: securityFor(who), middleware } as const;
}

export const authErrors = {
  401: envelope("Not signed in, or the API key is not valid"),
  403: envelope("Your role does not allow this, or two-factor set-up is required (MFA_REQUIRED)"),
} as const;
