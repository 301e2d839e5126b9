import type { Role } from "@ward/contracts";
import type { WardDb } from "@ward/db";
import type { Logger } from "pino";

/** Who is acting: a signed-in member, an API key, or Ward itself (seeding, the CLI). */
export interface Actor {
  type: "user" | "api_key" | "system";
  /** User id or API key id; null for the system. */
  id: string | null;
  /** Name shown in the audit trail. */
  label: string;
  /** What the actor may do in the organization; an API key acts as a viewer or an analyst. */
  role: Role;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every service function receives: the database, the tenant, who acts, the time and a logger. */
export interface ServiceContext {
  db: WardDb;
  org: { id: string };
  actor: Actor;
  clock: Clock;
  log: Logger;
  request: { id: string | null; ip: string | null; userAgent: string | null };
}
