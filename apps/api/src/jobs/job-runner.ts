import { type RawSql, rawSqlIn, type WardDb } from "@ward/db";
import PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { z } from "zod";
import type { Clock } from "../services/context";
import type { MailQueue, MailTransport } from "../services/mail";
import { JOBS, type ScheduleDefinition, schedules } from "./catalogue";
import type { JobDefinition, JobDeps, JobQueue } from "./job-definition";
import { sendMailJob } from "./send-mail";

export interface JobRunnerOptions {
  /** The database handle's raw SQL: pg-boss runs over Ward's own connections on PostgreSQL and on PGlite. */
  sql: RawSql;
  db: WardDb;
  clock: Clock;
  log: Logger;
  transport: MailTransport | null;
  mailFrom: string;
  /** Overrides the daily rescoring's cron (WARD_RESCORE_CRON). */
  rescoreCron?: string | undefined;
  /** How often an idle worker looks for work; pg-boss's minimum is 0.5 s. */
  pollingIntervalSeconds?: number;
}

export interface JobRunner extends JobQueue, MailQueue {
  /** Starts this instance's workers; call once the server listens. */
  startWorkers(): Promise<void>;
  /** Puts a failed job back in its queue. */
  retry(name: string, id: string): Promise<void>;
  readonly jobs: readonly JobDefinition[];
  readonly schedules: readonly ScheduleDefinition[];
  /** Stops the workers, waiting for running jobs, and the scheduler. Does not close the database. */
  stop(): Promise<void>;
}

/**
 * Starts pg-boss over the handle: creates its schema (`pgboss`) on first use, declares each job's queue with its
 * retry policy and registers the schedules. Workers start separately, after the server listens, so queued work
 * never delays the first answer.
 */
export async function openJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => options.sql.executeSql(text, values) },
    schema: "pgboss",
    // Completed jobs stay a week in the archive so the jobs page can show the last run of a daily job.
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 7,
  });
  boss.on("error", (error) => options.log.error({ err: error }, "background job error"));
  await boss.start();
  for (const job of JOBS) {
    const queue = {
      name: job.name,
      policy: "standard" as const,
      retryLimit: job.retry.limit,
      retryDelay: job.retry.delaySeconds,
      retryBackoff: job.retry.backoff,
      expireInSeconds: job.expireInSeconds,
    };
    await boss.createQueue(job.name, queue);
    // createQueue leaves an existing queue alone; a changed retry policy reaches it through updateQueue.
    await boss.updateQueue(job.name, queue);
  }
  const declared = schedules({ rescoreCron: options.rescoreCron });
  for (const s of declared) await boss.schedule(s.job.name, s.cron, {}, { tz: "UTC" });

  const enqueue: JobQueue["enqueue"] = async (tx, job, payload, sendOptions) => {
    await boss.send(job.name, job.payload.parse(payload) as object, {
      ...(sendOptions?.id ? { id: sendOptions.id } : {}),
      db: rawSqlIn(tx),
    });
  };
  const deps: JobDeps = {
    db: options.db,
    clock: options.clock,
    log: options.log,
    queue: { enqueue },
    transport: options.transport,
    mailFrom: options.mailFrom,
  };

  return {
    jobs: JOBS,
    schedules: declared,
    enqueue,
    queueDelivery: (tx, message) => enqueue(tx, sendMailJob, message, { id: message.outboxId }),
    async startWorkers() {
      for (const job of JOBS) {
        for (let i = 0; i < job.workers; i++)
          await work(boss, job, deps, options.pollingIntervalSeconds ?? 2);
      }
    },
    retry: (name, id) => boss.retry(name, id),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 20_000, close: false }),
  };
}

function work<S extends z.ZodType>(boss: PgBoss, job: JobDefinition<S>, deps: JobDeps, polling: number) {
  return boss.work<unknown>(
    job.name,
    { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: polling },
    async ([item]) => {
      if (!item) return;
      const payload = job.payload.safeParse(item.data);
      if (!payload.success) throw new Error(`Invalid payload for ${job.name}: ${payload.error.message}`);
      const log = deps.log.child({ job: job.name, jobId: item.id });
      await job.run({ ...deps, log }, payload.data, {
        id: item.id,
        retryCount: item.retryCount,
        retryLimit: item.retryLimit,
        retryDelay: item.retryDelay,
      });
    },
  );
}
