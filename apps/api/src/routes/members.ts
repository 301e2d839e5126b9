import { createRoute } from "@hono/zod-openapi";
import { idParam, memberDto, memberListResponse, updateMemberInput } from "@ward/contracts";
import { changeMemberRole, listMembers, removeMember } from "../services/members";
import { access, authErrors, createRouter, errors, json, jsonBody, noContent } from "./router";

const tags = ["Members"];

export const membersRouter = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      tags,
      ...access("vendor:read"),
      summary: "List the organization's members and their roles",
      responses: { 200: json(memberListResponse, "Members"), ...authErrors },
    }),
    async (c) => c.json(await listMembers(c.var.ctx), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      tags,
      ...access("member:manage"),
      summary: "Change a member's role",
      request: { params: idParam, ...jsonBody(updateMemberInput) },
      responses: {
        200: json(memberDto, "The member"),
        400: errors[400],
        404: errors[404],
        409: errors[409],
        ...authErrors,
      },
    }),
    async (c) => c.json(await changeMemberRole(c.var.ctx, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}",
      tags,
      ...access("member:manage"),
      summary: "Remove a member from the organization",
      request: { params: idParam },
      responses: { 204: noContent, 404: errors[404], 409: errors[409], ...authErrors },
    }),
    async (c) => {
      await removeMember(c.var.ctx, c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
