import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";

/*
 * Identity tables in the shape better-auth's drizzle adapter expects (property names are its field names).
 * Organizations, members and invitations are Ward's own (see ADR 6), so every change to them is audited.
 */

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const users = pgTable("user", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  twoFactorEnabled: boolean("two_factor_enabled").default(false),
  createdAt: ts("created_at").notNull(),
  updatedAt: ts("updated_at").notNull(),
});

export const sessions = pgTable(
  "session",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    token: text("token").notNull().unique(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: ts("expires_at").notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    createdAt: ts("created_at").notNull(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const accounts = pgTable(
  "account",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: ts("access_token_expires_at"),
    refreshTokenExpiresAt: ts("refresh_token_expires_at"),
    scope: text("scope"),
    /** argon2id hash, written by better-auth through Ward's hasher. */
    password: text("password"),
    createdAt: ts("created_at").notNull(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [index("account_user_idx").on(t.userId)],
);

export const verifications = pgTable(
  "verification",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: ts("expires_at").notNull(),
    createdAt: ts("created_at").notNull(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)],
);

export const twoFactors = pgTable(
  "two_factor",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    secret: text("secret").notNull(),
    backupCodes: text("backup_codes").notNull(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    verified: boolean("verified").default(false),
    failedVerificationCount: integer("failed_verification_count").default(0),
    lockedUntil: ts("locked_until"),
  },
  (t) => [index("two_factor_user_idx").on(t.userId)],
);

/** A person's role in one organization: `admin`, `analyst` or `viewer`. */
export const members = pgTable(
  "member",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").notNull(),
    createdAt: ts("created_at").notNull(),
  },
  (t) => [uniqueIndex("member_org_user_unique").on(t.organizationId, t.userId)],
);

export const invitations = pgTable(
  "invitation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    role: text("role").notNull(),
    /** SHA-256 of the link's token; the token itself is only in the link. */
    tokenHash: text("token_hash").notNull().unique(),
    /** `pending`, `accepted` or `revoked`; expiry is read from `expiresAt`. */
    status: text("status").notNull(),
    invitedBy: uuid("invited_by").references(() => users.id, { onDelete: "set null" }),
    expiresAt: ts("expires_at").notNull(),
    acceptedAt: ts("accepted_at"),
    createdAt: ts("created_at").notNull(),
  },
  (t) => [index("invitation_org_idx").on(t.organizationId, t.status)],
);

/** Keys for integrations. Only a hash is kept; the key is shown once, when created. */
export const apiKeys = pgTable(
  "api_key",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** First characters of the key, shown in lists so people can tell keys apart. */
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull().unique(),
    /** `read` or `read_write`. */
    scope: text("scope").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: ts("created_at").notNull(),
    lastUsedAt: ts("last_used_at"),
    revokedAt: ts("revoked_at"),
  },
  (t) => [index("api_key_org_idx").on(t.organizationId)],
);

/**
 * Failed sign-ins per account and per client address, shared by every Ward process so throttling holds
 * behind a load balancer.
 */
export const signInThrottles = pgTable("sign_in_throttle", {
  /** `email:<account>`, `ip:<address>` or `ip+email:<address> <account>` (apps/api/src/services/sign-in-throttle.ts). */
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  lastFailureAt: ts("last_failure_at").notNull(),
  blockedUntil: ts("blocked_until"),
});

/** Every message Ward sends. Without SMTP it is the only delivery: admins read links from the outbox page. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    /** The action link in the message, shown on the outbox page. */
    link: text("link"),
    createdAt: ts("created_at").notNull(),
    sentAt: ts("sent_at"),
    /** The last delivery error; with `nextAttemptAt` set the job will try again, without it Ward gave up. */
    error: text("error"),
    /** When a send job was queued; null when no SMTP server is configured (the outbox is the channel). */
    queuedAt: ts("queued_at"),
    /** Delivery attempts made so far. */
    attempts: integer("attempts").notNull().default(0),
    /** When the send job tries again after a failure; null once sent or given up. */
    nextAttemptAt: ts("next_attempt_at"),
  },
  (t) => [index("mail_outbox_org_idx").on(t.organizationId, t.createdAt)],
);

/** Instance-wide values shared by all Ward processes, such as the generated session-signing secret. */
export const instanceSettings = pgTable("instance_setting", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
