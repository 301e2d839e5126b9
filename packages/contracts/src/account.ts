import { z } from "zod";
import { apiKeyScope, permission, role } from "./access";
import { id, isoDate, isoDateTime, pageInfo, queryInt, shortText, text } from "./common";

const email = z.email().trim().toLowerCase().max(254);

export const meResponse = z.object({
  user: z.object({ id, name: z.string(), email: z.string(), twoFactorEnabled: z.boolean() }),
  organization: z.object({ id, name: z.string(), slug: z.string(), requireMfa: z.boolean() }),
  role,
  permissions: z.array(permission),
  /** The organization requires two-factor authentication and this person has not set it up yet. */
  mfaSetupRequired: z.boolean(),
});
export type MeResponse = z.infer<typeof meResponse>;

export const memberDto = z.object({
  id,
  userId: id,
  name: z.string(),
  email: z.string(),
  role,
  twoFactorEnabled: z.boolean(),
  createdAt: isoDateTime,
});
export type MemberDto = z.infer<typeof memberDto>;
export const memberListResponse = z.object({ items: z.array(memberDto) });
export const updateMemberInput = z.object({ role });
export type UpdateMemberInput = z.infer<typeof updateMemberInput>;

export const invitationStatus = z.enum(["pending", "accepted", "revoked", "expired"]);
export const invitationDto = z.object({
  id,
  email: z.string(),
  role,
  status: invitationStatus,
  expiresAt: isoDateTime,
  createdAt: isoDateTime,
});
export type InvitationDto = z.infer<typeof invitationDto>;
export const invitationListResponse = z.object({ items: z.array(invitationDto) });
export const createInvitationInput = z.object({ email, role });
export type CreateInvitationInput = z.infer<typeof createInvitationInput>;

/** What the person following an invitation link sees before signing up or in. */
export const invitationPreview = z.object({
  organizationName: z.string(),
  email: z.string(),
  role,
  /** Whether an account with this email exists already (then sign in; otherwise sign up). */
  accountExists: z.boolean(),
});
export type InvitationPreview = z.infer<typeof invitationPreview>;
/** The secret part of an invitation link; sent in a JSON body, never in a URL that proxies and logs keep. */
export const invitationToken = text().min(20).max(200);
export const invitationTokenInput = z.object({ token: invitationToken });
export type InvitationTokenInput = z.infer<typeof invitationTokenInput>;

/** Creating an account from an invitation: the email is the invitation's own, so it is not sent. */
export const invitationSignUpInput = z.object({
  token: invitationToken,
  name: text().trim().min(1, "Enter your name").max(200),
  /** The same bounds as the sign-in library's: 12 to 256 characters. */
  password: text().min(12, "Use at least 12 characters").max(256, "Use at most 256 characters"),
});
export type InvitationSignUpInput = z.infer<typeof invitationSignUpInput>;
export const invitationJoined = z.object({ organizationId: z.string(), role });
export type InvitationJoined = z.infer<typeof invitationJoined>;

export const apiKeyDto = z.object({
  id,
  name: z.string(),
  prefix: z.string(),
  scope: apiKeyScope,
  createdAt: isoDateTime,
  lastUsedAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
});
export type ApiKeyDto = z.infer<typeof apiKeyDto>;
export const apiKeyListResponse = z.object({ items: z.array(apiKeyDto) });
export const createApiKeyInput = z.object({ name: shortText, scope: apiKeyScope });
export type CreateApiKeyInput = z.infer<typeof createApiKeyInput>;
/** The only time the key itself is shown. */
export const createdApiKeyResponse = z.object({ apiKey: apiKeyDto, key: z.string() });
export type CreatedApiKeyResponse = z.infer<typeof createdApiKeyResponse>;

export const organizationSettings = z.object({ name: z.string(), requireMfa: z.boolean() });
export type OrganizationSettings = z.infer<typeof organizationSettings>;
export const updateOrganizationSettingsInput = z
  .object({ name: shortText, requireMfa: z.boolean() })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "Send at least one field to change" });

export const auditEventDto = z.object({
  id,
  actorType: z.enum(["user", "api_key", "system"]),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: id,
  /**
   * The entity in words, e.g. "Oracle Health › Legacy Cerner archive" for a vendor's record: its name today, or
   * the name the event kept if it has been deleted since. Null when neither is known.
   */
  entityLabel: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  at: isoDateTime,
});
export type AuditEventDto = z.infer<typeof auditEventDto>;

export const listAuditEventsQuery = z.object({
  /** User id or API key id of the actor. */
  actorId: text().max(100).optional(),
  entityType: text().max(50).optional(),
  entityId: id.optional(),
  action: text().max(100).optional(),
  /** Inclusive lower bound, ISO date or date-time. */
  from: z.union([isoDate, isoDateTime]).optional(),
  /** Exclusive upper bound, ISO date or date-time. */
  to: z.union([isoDate, isoDateTime]).optional(),
  page: queryInt(1, 100_000, 1),
  pageSize: queryInt(1, 200, 50),
});
export type ListAuditEventsQuery = z.infer<typeof listAuditEventsQuery>;
export const auditEventListResponse = pageInfo.extend({ items: z.array(auditEventDto) });

export const outboxMessageDto = z.object({
  id,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  link: z.string().nullable(),
  createdAt: isoDateTime,
  sentAt: isoDateTime.nullable(),
  error: z.string().nullable(),
  /**
   * `not_configured`: no SMTP server, the outbox is the channel; `queued`: waiting for its first attempt;
   * `retrying`: an attempt failed and another follows at `nextAttemptAt`; `failed`: Ward gave up.
   */
  status: z.enum(["not_configured", "queued", "retrying", "sent", "failed"]),
  attempts: z.number().int(),
  /** The earliest time of the next delivery attempt. */
  nextAttemptAt: isoDateTime.nullable(),
});
export type OutboxMessageDto = z.infer<typeof outboxMessageDto>;
export const outboxListResponse = z.object({ items: z.array(outboxMessageDto) });
