import { getOutboxMessage, type WardDb } from "@ward/db";
import { testDatabases } from "@ward/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer, type MailTransport } from "../services/mail";
import { eventually } from "../testing/eventually";
import { openTestJobRunner } from "../testing/job-runner";
import { openTestApp, type TestApp } from "../testing/test-app";
import type { JobRunner } from "./job-runner";

/** An SMTP server that refuses the first `failures` messages, then accepts. */
function flakyTransport(failures: number): MailTransport & { sent: string[]; calls: number } {
  const transport = {
    sent: [] as string[],
    calls: 0,
    async sendMail(message: { to: string }) {
      transport.calls++;
      if (transport.calls <= failures) throw new Error(`421 try again later (${transport.calls})`);
      transport.sent.push(message.to);
      return {};
    },
  };
  return transport;
}

describe.each(testDatabases())("mail sent through a job on $name", (database) => {
  let t: TestApp;
  let runner: JobRunner;
  const transport = flakyTransport(2);
  const message = (to: string) => ({ organizationId: null, to, subject: "Hello", text: "Hi", link: null });
  const jobState = async (id: string) => {
    const result = (await t.handle.db.execute(
      sql`select state::text as state from pgboss.job where name = 'send-mail' and id = ${id}`,
    )) as unknown as { rows: { state: string }[] };
    return result.rows[0];
  };
  /** Lets the next retry start now instead of after its backoff, as if the delay had passed. */
  const skipBackoff = (id: string) =>
    t.handle.db.execute(
      sql`update pgboss.job set start_after = now() where name = 'send-mail' and id = ${id}`,
    );

  beforeAll(async () => {
    t = await openTestApp(database);
    runner = await openTestJobRunner(t.handle, t.clock, { transport });
    await runner.startWorkers();
  });
  afterAll(async () => {
    await runner.stop();
    await t.close();
  });

  it("retries a refused message with backoff, shows each attempt in the outbox, and sends it once", async () => {
    const mailer = createMailer({ queue: runner });
    const to = `retry-${Date.now()}@hospital.test`;
    const id = await t.handle.db.transaction(async (tx) => {
      await mailer.send(tx as unknown as WardDb, message(to), t.clock.now());
      const r = (await tx.execute(sql`select id from mail_outbox where "to" = ${to}`)) as unknown as {
        rows: { id: string }[];
      };
      return r.rows[0]?.id as string;
    });
    expect((await getOutboxMessage(t.handle.db, id))?.queuedAt).toEqual(t.clock.now());

    await eventually(
      async () => (await getOutboxMessage(t.handle.db, id))?.attempts === 1,
      "the first failure",
    );
    expect((await jobState(id))?.state).toBe("retry");
    const first = await getOutboxMessage(t.handle.db, id);
    expect(first).toMatchObject({ attempts: 1, sentAt: null, error: "421 try again later (1)" });
    // The first retry waits at least the 30-second delay.
    expect(first?.nextAttemptAt?.getTime()).toBe(t.clock.now().getTime() + 30_000);

    await skipBackoff(id);
    await eventually(
      async () => (await getOutboxMessage(t.handle.db, id))?.attempts === 2,
      "the second failure",
    );
    const second = await getOutboxMessage(t.handle.db, id);
    expect((await jobState(id))?.state).toBe("retry");
    expect(second).toMatchObject({ attempts: 2, error: "421 try again later (2)" });
    expect(second?.nextAttemptAt?.getTime()).toBe(t.clock.now().getTime() + 60_000);

    await skipBackoff(id);
    await eventually(async () => (await jobState(id))?.state === "completed", "delivery");
    expect(await getOutboxMessage(t.handle.db, id)).toMatchObject({
      attempts: 3,
      sentAt: t.clock.now(),
      error: null,
      nextAttemptAt: null,
    });
    expect(transport.sent.filter((s) => s === to)).toHaveLength(1);
  });

  it("queues no delivery when the transaction that wrote the message rolls back", async () => {
    const mailer = createMailer({ queue: runner });
    const to = `rolled-back-${Date.now()}@hospital.test`;
    await expect(
      t.handle.db.transaction(async (tx) => {
        await mailer.send(tx as unknown as WardDb, message(to), t.clock.now());
        throw new Error("the invitation failed after the message was written");
      }),
    ).rejects.toThrow(/invitation failed/);
    const jobs = (await t.handle.db.execute(
      sql`select count(*)::int as count from pgboss.job where name = 'send-mail' and data->>'outboxId' not in (select id::text from mail_outbox)`,
    )) as unknown as { rows: { count: number }[] };
    expect(Number(jobs.rows[0]?.count)).toBe(0);
  });

  it("sends a message queued twice only once", async () => {
    const mailer = createMailer({ queue: runner });
    const to = `twice-${Date.now()}@hospital.test`;
    await t.handle.db.transaction(async (tx) => {
      await mailer.send(tx as unknown as WardDb, message(to), t.clock.now());
      const r = (await tx.execute(sql`select id from mail_outbox where "to" = ${to}`)) as unknown as {
        rows: { id: string }[];
      };
      await runner.queueDelivery(tx as unknown as WardDb, {
        outboxId: r.rows[0]?.id as string,
        organizationId: null,
      });
    });
    await eventually(async () => transport.sent.includes(to), "delivery");
    await new Promise((r) => setTimeout(r, 1500));
    expect(transport.sent.filter((s) => s === to)).toHaveLength(1);
  });

  it("leaves a message unsent and unqueued when no SMTP server is configured", async () => {
    const to = `no-smtp-${Date.now()}@hospital.test`;
    await createMailer({ queue: null }).send(t.handle.db, message(to), t.clock.now());
    const r = (await t.handle.db.execute(sql`select id from mail_outbox where "to" = ${to}`)) as unknown as {
      rows: { id: string }[];
    };
    const row = await getOutboxMessage(t.handle.db, r.rows[0]?.id as string);
    expect(row).toMatchObject({ queuedAt: null, sentAt: null, attempts: 0 });
    expect(await jobState(row?.id as string)).toBeUndefined();
  });
});
