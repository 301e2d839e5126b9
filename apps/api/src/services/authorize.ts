import { type Permission, roleCan } from "@ward/contracts";
import type { ServiceContext } from "./context";
import { ForbiddenError } from "./errors";

/** Refuses the use case unless the actor's role grants `permission`. Every service calls it first. */
export function authorize(ctx: ServiceContext, permission: Permission): void {
  if (!roleCan(ctx.actor.role, permission)) {
    throw new ForbiddenError(`Your role (${ctx.actor.role}) does not allow this`);
  }
}
