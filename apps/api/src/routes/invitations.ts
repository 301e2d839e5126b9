import { createRoute } from "@hono/zod-openapi";
import {
  createInvitationInput,
  idParam,
  invitationDto,
  invitationJoined,
  invitationListResponse,
  invitationPreview,
  invitationSignUpInput,
  invitationTokenInput,
} from "@ward/contracts";
import type { WardDb } from "@ward/db";
import type { Logger } from "pino";
import type { WardAuth } from "../auth/better-auth";
import type { Clock } from "../services/context";
import { ForbiddenError } from "../services/errors";
import { signUpWithInvitation } from "../services/invitation-sign-up";
import {
  acceptInvitation,
  createInvitation,
  type InvitationDeps,
  listInvitations,
  previewInvitation,
  revokeInvitation,
} from "../services/invitations";
import { access, authErrors, createRouter, errors, json, jsonBody } from "./router";

const tags = ["Members"];

export function invitationsRouter(
  deps: InvitationDeps & { db: WardDb; auth: WardAuth; clock: Clock; log: Logger },
) {
  return createRouter()
    .openapi(
      createRoute({
        method: "get",
        path: "/",
        tags,
        ...access("member:manage"),
        summary: "List invitations",
        responses: { 200: json(invitationListResponse, "Invitations, newest first"), ...authErrors },
      }),
      async (c) => c.json(await listInvitations(c.var.ctx), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/",
        tags,
        ...access("member:manage"),
        summary: "Invite someone by email; the link goes out by mail or to the outbox",
        request: jsonBody(createInvitationInput),
        responses: {
          201: json(invitationDto, "The invitation"),
          400: errors[400],
          409: errors[409],
          ...authErrors,
        },
      }),
      async (c) => c.json(await createInvitation(c.var.ctx, c.req.valid("json"), deps), 201),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/{id}/revoke",
        tags,
        ...access("member:manage"),
        summary: "Revoke a pending invitation",
        request: { params: idParam },
        responses: { 200: json(invitationDto, "The invitation"), 404: errors[404], ...authErrors },
      }),
      async (c) => c.json(await revokeInvitation(c.var.ctx, c.req.valid("param").id), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/preview",
        tags,
        ...access("public"),
        summary:
          "What an invitation link offers, before signing up or in (the token goes in the body, not the URL)",
        request: jsonBody(invitationTokenInput),
        responses: { 200: json(invitationPreview, "The invitation"), 400: errors[400], 404: errors[404] },
      }),
      async (c) => c.json(await previewInvitation(deps.db, c.req.valid("json").token, deps.clock.now()), 200),
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/sign-up",
        tags,
        ...access("public"),
        summary: "Create the invited person's account and membership, use the link up, and sign in",
        request: jsonBody(invitationSignUpInput),
        responses: {
          201: json(invitationJoined, "Joined; the response sets the session cookie"),
          400: errors[400],
          404: errors[404],
          409: errors[409],
        },
      }),
      async (c) => {
        const { joined, cookies } = await signUpWithInvitation(deps, c.req.valid("json"), {
          id: c.get("requestId"),
          ip: c.get("clientIp"),
          userAgent: c.req.header("user-agent") ?? null,
        });
        for (const cookie of cookies) c.header("set-cookie", cookie, { append: true });
        return c.json(joined, 201);
      },
    )
    .openapi(
      createRoute({
        method: "post",
        path: "/accept",
        tags,
        ...access("session"),
        summary: "Join the organization of an invitation addressed to the signed-in person",
        request: jsonBody(invitationTokenInput),
        responses: {
          200: json(invitationJoined, "Joined"),
          404: errors[404],
          409: errors[409],
          ...authErrors,
        },
      }),
      async (c) => {
        const user = c.var.user;
        if (!user) throw new ForbiddenError("Sign in with the invited email address first");
        return c.json(await acceptInvitation(c.var.ctx, user, c.req.valid("json").token), 200);
      },
    );
}
