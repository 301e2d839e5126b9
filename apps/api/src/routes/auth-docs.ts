import type { OpenAPIHono } from "@hono/zod-openapi";
import { errorEnvelope } from "@ward/contracts";
import { z } from "zod";
import type { AppEnv } from "../middleware/types";
import { access, securitySchemeNames } from "./router";

type Registry = OpenAPIHono<AppEnv>["openAPIRegistry"];

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { "application/json": { schema } },
  description,
});
const refused = (description: string) => json(errorEnvelope, description);
const { security, "x-ward-access": who } = access("public");

const signedInUser = z.object({ id: z.string(), name: z.string(), email: z.string() });
const signInBody = z.object({
  email: z.string().meta({ example: "analyst@hospital.example" }),
  password: z.string(),
  rememberMe: z.boolean().optional().meta({ description: "Keep the session past the browser's closing" }),
});
const signedIn = z.union([
  z.object({ redirect: z.boolean(), token: z.string(), user: signedInUser }),
  z.object({ twoFactorRedirect: z.literal(true) }).meta({
    description: "The password was right and the account has two-factor on: verify a code next",
  }),
]);

/**
 * Declares how callers authenticate, and documents the sign-in routes. better-auth serves those routes, not a
 * Ward router, so they are described here by hand; their bodies are better-auth's, their errors Ward's envelope.
 */
export function documentAuthentication(registry: Registry, publicUrl: string) {
  // better-auth names the cookie after Ward's prefix, marked __Secure- when Ward is served over HTTPS.
  const sessionCookie = `${publicUrl.startsWith("https://") ? "__Secure-" : ""}ward.session_token`;
  registry.registerComponent("securitySchemes", securitySchemeNames.session, {
    type: "apiKey",
    in: "cookie",
    name: sessionCookie,
    description: "The session cookie set by POST /api/auth/sign-in/email (and two-factor verification).",
  });
  registry.registerComponent("securitySchemes", securitySchemeNames.apiKey, {
    type: "http",
    scheme: "bearer",
    bearerFormat: "ward_…",
    description:
      "An API key from Settings › API keys, sent as `Authorization: Bearer ward_…`. It acts with the role of its " +
      "scope (read: viewer, read-write: analyst) and is refused on routes about a signed-in person.",
  });
  const route = { tags: ["Sign-in"], security, "x-ward-access": who };
  registry.registerPath({
    ...route,
    method: "post",
    path: "/api/auth/sign-in/email",
    summary: "Sign in with email and password",
    request: { body: { content: { "application/json": { schema: signInBody } }, required: true } },
    responses: {
      200: json(signedIn, "Signed in (the session cookie is set), or two-factor verification comes next"),
      401: refused("Wrong email or password"),
      429: refused("Too many attempts for this account or address; `Retry-After` says when to try again"),
    },
  });
  registry.registerPath({
    ...route,
    method: "post",
    path: "/api/auth/two-factor/verify-totp",
    summary: "Finish signing in with a code from the authenticator app",
    request: {
      body: {
        content: {
          "application/json": {
            schema: z.object({
              code: z.string().meta({ example: "123456" }),
              trustDevice: z.boolean().optional(),
            }),
          },
        },
        required: true,
      },
    },
    responses: {
      200: json(z.object({ token: z.string(), user: signedInUser }), "Signed in; the session cookie is set"),
      401: refused("The code is wrong or the sign-in step has expired (`reason` tells which)"),
      429: refused("Too many attempts"),
    },
  });
  registry.registerPath({
    ...route,
    method: "post",
    path: "/api/auth/sign-out",
    summary: "Sign out: ends the session and clears its cookie",
    responses: { 200: json(z.object({ success: z.boolean() }), "Signed out") },
  });
}
