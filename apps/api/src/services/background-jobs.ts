import type { JobsOverviewResponse } from "@ward/contracts";
import {
  backgroundJobsInstalled,
  findVisibleJob,
  jobQueueStats,
  listFailedJobs,
  scoringProgress,
} from "@ward/db";
import { METHODOLOGY_VERSION } from "@ward/scoring";
import cronParser from "cron-parser";
import { inTransaction, recordChange } from "./audit";
import { authorize } from "./authorize";
import type { ServiceContext } from "./context";
import { ConflictError, NotFoundError } from "./errors";

/** What the jobs page needs from the job runner: the declared jobs and schedules, and a way to retry. */
export interface JobsControl {
  readonly jobs: readonly { name: string; title: string }[];
  readonly schedules: readonly { job: { name: string }; cron: string }[];
  retry(name: string, id: string): Promise<void>;
}

const nextCronRun = (cron: string, after: Date) =>
  cronParser.parseExpression(cron, { currentDate: after, tz: "UTC" }).next().toDate();

/**
 * Each kind of job with its last and next run, the jobs that used up their retries, and how far rescoring
 * with the current methodology has come. Jobs of other organizations are never shown.
 */
export async function getJobsOverview(
  ctx: ServiceContext,
  control: JobsControl,
): Promise<JobsOverviewResponse> {
  authorize(ctx, "settings:manage");
  const installed = await backgroundJobsInstalled(ctx.db);
  const names = control.jobs.map((j) => j.name);
  const stats = installed ? await jobQueueStats(ctx.db, ctx.org.id, names) : [];
  const failures = installed ? await listFailedJobs(ctx.db, ctx.org.id) : [];
  const progress = await scoringProgress(ctx.db, ctx.org.id, METHODOLOGY_VERSION);
  const titleOf = (name: string) => control.jobs.find((j) => j.name === name)?.title ?? name;
  const now = ctx.clock.now();
  return {
    queues: control.jobs.map((job) => {
      const s = stats.find((x) => x.name === job.name);
      const schedule = control.schedules.find((x) => x.job.name === job.name)?.cron ?? null;
      const next = schedule ? nextCronRun(schedule, now) : (s?.nextStartAt ?? null);
      return {
        name: job.name,
        title: job.title,
        schedule,
        lastRunAt: s?.lastCompletedAt?.toISOString() ?? null,
        nextRunAt: next?.toISOString() ?? null,
        waiting: s?.waiting ?? 0,
        active: s?.active ?? 0,
      };
    }),
    failures: failures.map((f) => ({
      id: f.id,
      name: f.name,
      title: titleOf(f.name),
      failedAt: f.failedAt?.toISOString() ?? null,
      attempts: f.attempts,
      message: f.message,
    })),
    rescoring: { methodologyVersion: METHODOLOGY_VERSION, ...progress },
  };
}

/** Puts a job that used up its retries back in its queue, audited. Jobs are idempotent, so a retry is safe. */
export async function retryFailedJob(ctx: ServiceContext, control: JobsControl, id: string): Promise<void> {
  authorize(ctx, "settings:manage");
  const job = (await backgroundJobsInstalled(ctx.db))
    ? await findVisibleJob(ctx.db, ctx.org.id, id)
    : undefined;
  if (!job) throw new NotFoundError("Job");
  if (job.state !== "failed")
    throw new ConflictError(`Only a failed job can be retried; this one is ${job.state}`);
  await control.retry(job.name, job.id);
  await inTransaction(ctx, (tx) =>
    recordChange(tx, ctx, {
      action: "job.retry",
      entityType: "job",
      entityId: job.id,
      before: { name: job.name, state: job.state, attempts: job.attempts, message: job.message },
      after: { name: job.name, state: "retry" },
    }),
  );
}
