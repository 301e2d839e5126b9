import { sql } from "drizzle-orm";
import type { WardDb } from "../client";

/*
 * Read-only views of pg-boss's own tables (schema `pgboss`, created and migrated by pg-boss, not by drizzle)
 * for the admin jobs page. Jobs that belong to one organization carry `organizationId` in their data; an
 * organization sees its own and the instance-wide ones (no such key), never another organization's. A job whose
 * `organizationId` is JSON null (mail to no organization) is shown to none.
 */

const asDate = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

/** pg-boss creates its schema when the job runner first starts; before that there is nothing to show. */
export async function backgroundJobsInstalled(db: WardDb): Promise<boolean> {
  const result = (await db.execute(sql`select to_regclass('pgboss.job') is not null as "installed"`)) as {
    rows: { installed: boolean }[];
  };
  return result.rows[0]?.installed === true;
}

export interface JobQueueStats {
  name: string;
  /** When a job of this queue last completed. */
  lastCompletedAt: Date | null;
  /** Jobs waiting to start, including those waiting to retry. */
  waiting: number;
  active: number;
  /** When the earliest waiting job may start. */
  nextStartAt: Date | null;
}

export async function jobQueueStats(
  db: WardDb,
  organizationId: string,
  names: string[],
): Promise<JobQueueStats[]> {
  const visible = sql`(data->'organizationId' is null or data->>'organizationId' = ${organizationId})`;
  const result = (await db.execute(sql`
    with jobs as (
      select name, state::text as state, completed_on, start_after from pgboss.job where ${visible}
      union all
      select name, state::text, completed_on, start_after from pgboss.archive where ${visible}
    )
    select name,
      max(completed_on) filter (where state = 'completed') as "lastCompletedAt",
      count(*) filter (where state in ('created', 'retry'))::int as "waiting",
      count(*) filter (where state = 'active')::int as "active",
      min(start_after) filter (where state in ('created', 'retry')) as "nextStartAt"
    from jobs
    where name in (${sql.join(
      names.map((n) => sql`${n}`),
      sql`, `,
    )})
    group by name
  `)) as { rows: Record<string, unknown>[] };
  const byName = new Map(result.rows.map((r) => [r.name as string, r]));
  return names.map((name) => {
    const r = byName.get(name);
    return {
      name,
      lastCompletedAt: asDate(r?.lastCompletedAt),
      waiting: Number(r?.waiting ?? 0),
      active: Number(r?.active ?? 0),
      nextStartAt: asDate(r?.nextStartAt),
    };
  });
}

export interface FailedJobRow {
  id: string;
  name: string;
  failedAt: Date | null;
  /** Attempts made: the first run plus its retries. */
  attempts: number;
  message: string;
  organizationId: string | null;
}

function toFailedJob(r: Record<string, unknown>): FailedJobRow {
  const output = (r.output ?? {}) as { message?: unknown; value?: { message?: unknown } };
  const message = output.message ?? output.value?.message ?? "The job failed without a message";
  return {
    id: r.id as string,
    name: r.name as string,
    failedAt: asDate(r.completed_on),
    attempts: Number(r.retry_count ?? 0) + 1,
    message: String(message).slice(0, 500),
    organizationId: (r.organization_id as string | null) ?? null,
  };
}

/** Jobs that used up their retries, newest first; only those still in the job table can be retried. */
export async function listFailedJobs(
  db: WardDb,
  organizationId: string,
  limit = 50,
): Promise<FailedJobRow[]> {
  const result = (await db.execute(sql`
    select id, name, completed_on, retry_count, output, data->>'organizationId' as organization_id
    from pgboss.job
    where state = 'failed'
      and (data->'organizationId' is null or data->>'organizationId' = ${organizationId})
    order by completed_on desc nulls last
    limit ${limit}
  `)) as { rows: Record<string, unknown>[] };
  return result.rows.map(toFailedJob);
}

/** One job in the job table, if the organization may see it. */
export async function findVisibleJob(
  db: WardDb,
  organizationId: string,
  id: string,
): Promise<(FailedJobRow & { state: string }) | undefined> {
  const result = (await db.execute(sql`
    select id, name, state::text as state, completed_on, retry_count, output,
      data->>'organizationId' as organization_id
    from pgboss.job
    where id = ${id}
      and (data->'organizationId' is null or data->>'organizationId' = ${organizationId})
    limit 1
  `)) as { rows: Record<string, unknown>[] };
  const row = result.rows[0];
  return row ? { ...toFailedJob(row), state: row.state as string } : undefined;
}
