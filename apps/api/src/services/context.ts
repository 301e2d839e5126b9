import type { WardDb } from "@ward/db";
import type { Logger } from "pino";

/** Who is acting. Until accounts exist every request acts for the organization as the system. */
export interface Actor {
  type: "user" | "api_key" | "system";
  id: string | null;
  /** Name shown in the audit trail. */
  label: string;
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
