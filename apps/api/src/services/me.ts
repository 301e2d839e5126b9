import { type MeResponse, rolePermissions } from "@ward/contracts";
import type { SessionUser } from "../middleware/types";
import type { ServiceContext } from "./context";
import { ForbiddenError } from "./errors";

/** The caller as the web app needs it: person, organization, role, permissions, and whether MFA set-up is due. */
export function getMe(
  ctx: ServiceContext,
  user: SessionUser | undefined,
  organization: { id: string; name: string; slug: string; requireMfa: boolean } | undefined,
): MeResponse {
  if (!user || !organization)
    throw new ForbiddenError("Only a signed-in member has a profile; API keys do not");
  return {
    user,
    organization: {
      id: organization.id,
      name: organization.name,
      slug: organization.slug,
      requireMfa: organization.requireMfa,
    },
    role: ctx.actor.role,
    permissions: [...rolePermissions[ctx.actor.role]],
    mfaSetupRequired: organization.requireMfa && !user.twoFactorEnabled,
  };
}
