import type { DbHandle } from "@ward/db";
import pino from "pino";
import { type JobRunner, type JobRunnerOptions, openJobRunner } from "../jobs/job-runner";
import type { Clock } from "../services/context";

/**
 * A job runner over a test database as Ward starts one (the database kind decides the workers), quiet, without
 * mail transport, polling every half second unless `options` say otherwise.
 */
export function openTestJobRunner(
  handle: DbHandle,
  clock: Clock,
  options: Partial<Omit<JobRunnerOptions, "sql" | "db" | "database" | "clock">> = {},
): Promise<JobRunner> {
  return openJobRunner({
    sql: handle,
    db: handle.db,
    database: handle.kind,
    clock,
    log: pino({ level: "silent" }),
    transport: null,
    mailFrom: "Ward <ward@test>",
    pollingIntervalSeconds: 0.5,
    ...options,
  });
}
