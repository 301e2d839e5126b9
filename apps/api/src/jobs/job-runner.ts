import { type DatabaseKind, type RawSql, rawSqlIn, type WardDb } from "@ward/db";
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
  /**
   * On PGlite every job runs one worker: statements run one at a time on the request thread, so a second
   * worker of a job adds no throughput, only one more transaction ahead of each request.
   */
  database: DatabaseKind;
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
  const declared = schedules({ rescoreCron: options.rescoreCron, database: options.database });
  const boss = await startBoss(options, declared);
  const enqueue: JobQueue["enqueue"] = async (tx, job, payload, sendOptions) => {
    await boss.send(job.name, job.payload.parse(payload) as object, {
      ...(sendOptions?.id ? { id: sendOptions.id } : {}),
      db: rawSqlIn(tx),
    });
  };
  const deps: JobDeps = {
    db: options.db,
    database: options.database,
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
        const workers = options.database === "pglite" ? 1 : job.workers;
        for (let i = 0; i < workers; i++) await work(boss, job, deps, options.pollingIntervalSeconds ?? 2);
      }
    },
    retry: (name, id) => boss.retry(name, id),
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 20_000, close: false }),
  };
}

async function work<S extends z.ZodType>(
  boss: PgBoss,
  job: JobDefinition<S>,
  deps: JobDeps,
  polling: number,
): Promise<void> {
  let workerId = "";
  workerId = await boss.work<unknown>(
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
      // pg-boss's worker waits out the rest of its polling interval after a job, queued jobs or not: a batch of
      // 100 vendors took about 0.8 s on PGlite, so one worker sat idle 1.2 s of every 2. Notified, it fetches the
      // next job at once; with none queued it then waits its interval as before.
      boss.notifyWorker(workerId);
    },
  );
}

/** PostgreSQL errors of instances installing pg-boss's schema or attaching queue tables at the same moment. */
const RACE_CODES = new Set(["23505", "40P01", "42P07", "42710"]);
const isStartRace = (error: unknown) => RACE_CODES.has((error as { code?: string }).code ?? "");

/**
 * pg-boss 10 serialises its schema installation with an advisory lock, but the second instance's catalog cache
 * can miss the schema the first just made (a duplicate-key error), and two instances attaching queue tables at
 * once can deadlock. Both happen only when instances start together on a fresh database; a new attempt finds
 * the work done, so Ward retries with a fresh pg-boss a few times.
 */
async function startBoss(options: JobRunnerOptions, declared: ScheduleDefinition[]): Promise<PgBoss> {
  for (let attempt = 1; ; attempt++) {
    const boss = new PgBoss({
      db: { executeSql: (text, values) => options.sql.executeSql(text, values) },
      schema: "pgboss",
      // Completed jobs move to the archive after an hour and leave it after a week; the jobs page reads both.
      archiveCompletedAfterSeconds: 3600,
      deleteAfterDays: 7,
    });
    boss.on("error", (error) => options.log.error({ err: error }, "background job error"));
    try {
      await boss.start();
      await declareQueues(boss, declared);
      return boss;
    } catch (error) {
      if (!isStartRace(error) || attempt >= 5) throw error;
      options.log.info(
        { attempt, err: error },
        "another instance is setting up the job queues; trying again",
      );
      await boss.stop({ graceful: false, wait: true, close: false }).catch(() => {});
      await new Promise((r) => setTimeout(r, 200 + Math.random() * 800));
    }
  }
}

/** Each job's queue with its retry policy, and the schedules; safe to repeat. */
async function declareQueues(boss: PgBoss, declared: ScheduleDefinition[]): Promise<void> {
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
  for (const s of declared) await boss.schedule(s.job.name, s.cron, {}, { tz: "UTC" });
}
