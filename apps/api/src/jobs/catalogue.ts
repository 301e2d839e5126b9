import type { DatabaseKind } from "@ward/db";
import { databaseUpkeepJob } from "./database-upkeep";
import type { JobDefinition } from "./job-definition";
import { rescoreDailyJob } from "./rescore-daily";
import { rescoreVendorsJob } from "./rescore-vendors";
import { sendMailJob } from "./send-mail";

/**
 * Every job Ward runs. A new job (questionnaire reminders, breach alerts) is a file in this folder and a line
 * here; the runner creates its queue and workers.
 */
export const JOBS: readonly JobDefinition[] = [
  sendMailJob,
  rescoreVendorsJob,
  rescoreDailyJob,
  databaseUpkeepJob,
];

export interface ScheduleDefinition {
  job: JobDefinition;
  /** Cron in UTC; pg-boss runs each slot once however many instances share the database. */
  cron: string;
}

/** The default time of the daily rescoring: 03:00 UTC, outside most hospitals' working day. */
export const DAILY_RESCORE_CRON = "0 3 * * *";

/** The embedded database's upkeep: every hour, at a quarter past, clear of the daily rescoring's start. */
export const UPKEEP_CRON = "15 * * * *";

/**
 * Every schedule, in one place. `rescoreCron` lets an operator (or a test) move the daily rescoring; the upkeep is
 * scheduled only on PGlite, where no autovacuum runs.
 */
export function schedules(
  options: { rescoreCron?: string | undefined; database?: DatabaseKind } = {},
): ScheduleDefinition[] {
  return [
    { job: rescoreDailyJob, cron: options.rescoreCron ?? DAILY_RESCORE_CRON },
    ...(options.database === "pglite" ? [{ job: databaseUpkeepJob, cron: UPKEEP_CRON }] : []),
  ];
}
