import type { ApiKeyScope, InvitationDto, Permission, Role } from "@ward/contracts";

/* Words and colours for roles, key scopes and invitation states, typed as complete records like enum-labels.ts. */

export const roleLabels: Record<Role, string> = {
  admin: "Admin",
  analyst: "Analyst",
  viewer: "Viewer",
};

export const roleColors: Record<Role, string> = {
  admin: "grape",
  analyst: "indigo",
  viewer: "gray",
};

/** What each role may do, in a sentence, for the role pickers. */
export const roleDescriptions: Record<Role, string> = {
  admin: "Everything, plus members, invitations, API keys and settings",
  analyst: "Reads, exports, and adds or edits vendors, incidents and evidence",
  viewer: "Reads and exports only",
};

export const apiKeyScopeLabels: Record<ApiKeyScope, string> = {
  read: "Read only",
  read_write: "Read and write",
};

export const invitationStatusLabels: Record<InvitationDto["status"], string> = {
  pending: "Pending",
  accepted: "Accepted",
  revoked: "Revoked",
  expired: "Expired",
};

export const invitationStatusColors: Record<InvitationDto["status"], string> = {
  pending: "blue",
  accepted: "green",
  revoked: "gray",
  expired: "orange",
};

/** What a missing permission keeps a person from, for the "not allowed" page. */
export const permissionPurposes: Record<Permission, string> = {
  "vendor:read": "see the portfolio",
  "vendor:write": "add or change vendors and their records",
  "report:export": "export reports",
  "audit:read": "read the audit log",
  "member:manage": "manage members and invitations",
  "settings:manage": "change the organization's settings",
  "api_key:manage": "manage API keys",
};
