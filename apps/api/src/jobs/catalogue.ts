import type { JobDefinition } from "./job-definition";
import { rescoreDailyJob } from "./rescore-daily";
import { rescoreVendorsJob } from "./rescore-vendors";
import { sendMailJob } from "./send-mail";

/**
 * Every job Ward runs. A new job (questionnaire reminders, breach alerts) is a file in this folder and a line
 * here; the runner creates its queue and workers.
 */
export const JOBS: readonly JobDefinition[] = [sendMailJob, rescoreVendorsJob, rescoreDailyJob];

export interface ScheduleDefinition {
  job: JobDefinition;
  /** Cron in UTC; pg-boss runs each slot once however many instances share the database. */
  cron: string;
}

/** The default time of the daily rescoring: 03:00 UTC, outside most hospitals' working day. */
export const DAILY_RESCORE_CRON = "0 3 * * *";

/** Every schedule, in one place. `rescoreCron` lets an operator (or a test) move the daily rescoring. */
export function schedules(options: { rescoreCron?: string | undefined } = {}): ScheduleDefinition[] {
  return [{ job: rescoreDailyJob, cron: options.rescoreCron ?? DAILY_RESCORE_CRON }];
}
