import { createHash } from "node:crypto";
import type { DatabaseKind, WardDb } from "@ward/db";
import type { Logger } from "pino";
import type { z } from "zod";
import type { Clock } from "../services/context";
import type { MailTransport } from "../services/mail";

/** Queues a job; see the job runner. */
export interface JobQueue {
  /**
   * Queues `payload` for `job` in `tx`: the job exists exactly when the transaction commits. A job with the
   * `id` of one already queued is not queued again, which is how a doubled request does no double work.
   */
  enqueue<S extends z.ZodType>(
    tx: WardDb,
    job: JobDefinition<S>,
    payload: z.infer<S>,
    options?: { id?: string },
  ): Promise<void>;
}

/** What every job handler receives: the services' database, clock and logger, and the queue for follow-ups. */
export interface JobDeps {
  db: WardDb;
  /** Which database `db` is: some upkeep is PGlite's alone. */
  database: DatabaseKind;
  clock: Clock;
  log: Logger;
  queue: JobQueue;
  /** Null when no SMTP server is configured. */
  transport: MailTransport | null;
  mailFrom: string;
}

/** The attempt being made, as pg-boss reports it. */
export interface JobRun {
  id: string;
  /** Retries already made before this attempt (0 on the first). */
  retryCount: number;
  retryLimit: number;
  /** Seconds before the first retry; doubled with each retry when backoff is on. */
  retryDelay: number;
}

export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  /** The pg-boss queue name, also shown on the admin jobs page. */
  name: string;
  /** What the page calls it. */
  title: string;
  payload: S;
  retry: { limit: number; delaySeconds: number; backoff: boolean };
  /** Jobs of this queue each instance runs at once on PostgreSQL; on PGlite, one (see the job runner). */
  workers: number;
  /** A run longer than this counts as failed (and is retried). */
  expireInSeconds: number;
  /** Must be idempotent: pg-boss retries a failed run, and a run may be queued twice. */
  run(deps: JobDeps, payload: z.infer<S>, job: JobRun): Promise<void>;
}

export function defineJob<S extends z.ZodType>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}

/**
 * A job id derived from an idempotency key: the same key always names the same job, and pg-boss does not
 * insert a job whose id is already queued. Shaped as a UUID because pg-boss's ids are.
 */
export function idempotentJobId(key: string): string {
  const h = createHash("sha256").update(key).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
