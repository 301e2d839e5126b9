import { z } from "zod";
import { id, isoDateTime } from "./common";

/** One kind of background job, as an admin sees it. */
export const jobQueueDto = z.object({
  /** The queue's name, e.g. `rescore-vendors`. */
  name: z.string(),
  title: z.string(),
  /** Cron (UTC) of a scheduled job; null for jobs queued by Ward as work arises. */
  schedule: z.string().nullable(),
  /** When a job of this kind last completed. */
  lastRunAt: isoDateTime.nullable(),
  /** The next scheduled run, or when the earliest waiting job may start; null when nothing is due. */
  nextRunAt: isoDateTime.nullable(),
  /** Jobs waiting to start, including those waiting to retry. */
  waiting: z.number().int(),
  active: z.number().int(),
});
export type JobQueueDto = z.infer<typeof jobQueueDto>;

/** A job that used up its retries. */
export const failedJobDto = z.object({
  id,
  name: z.string(),
  title: z.string(),
  failedAt: isoDateTime.nullable(),
  /** The first run plus its retries. */
  attempts: z.number().int(),
  /** The error of the last attempt. */
  message: z.string(),
});
export type FailedJobDto = z.infer<typeof failedJobDto>;

/** How far the organization's portfolio is scored with the current methodology. */
export const rescoringProgressDto = z.object({
  methodologyVersion: z.string(),
  total: z.number().int(),
  /** Vendors whose stored score comes from the current methodology. */
  current: z.number().int(),
});
export type RescoringProgressDto = z.infer<typeof rescoringProgressDto>;

export const jobsOverviewResponse = z.object({
  queues: z.array(jobQueueDto),
  failures: z.array(failedJobDto),
  rescoring: rescoringProgressDto,
});
export type JobsOverviewResponse = z.infer<typeof jobsOverviewResponse>;
