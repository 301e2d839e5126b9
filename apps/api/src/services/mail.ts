import { getOutboxMessage, insertOutboxMessage, markOutboxMessage, type WardDb } from "@ward/db";
import nodemailer from "nodemailer";
import type { Logger } from "pino";
import type { Clock } from "./context";

export interface MailMessage {
  organizationId: string | null;
  to: string;
  subject: string;
  text: string;
  /** The action link, also shown on the outbox page. */
  link: string | null;
}

/** What delivers a message: nodemailer's SMTP transport, or a fake in tests. */
export interface MailTransport {
  sendMail(message: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

/** Queues the delivery of an outbox row; implemented by the job runner's send-mail job. */
export interface MailQueue {
  /** Queues in `tx`, so the job exists exactly when the transaction that wrote the row commits. */
  queueDelivery(tx: WardDb, message: { outboxId: string; organizationId: string | null }): Promise<void>;
}

export interface Mailer {
  /**
   * Records the message in the outbox in the caller's transaction and, when SMTP is configured, queues its
   * delivery in the same transaction. Never sends inline, so a slow or failing SMTP server cannot hold or fail
   * the caller's request.
   */
  send(db: WardDb, message: MailMessage, at: Date): Promise<void>;
}

/** Nodemailer's SMTP transport when `SMTP_URL` is set; without it the outbox page is the delivery channel. */
export function smtpTransport(smtpUrl: string | undefined): MailTransport | null {
  return smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
}

/** Every message lands in the outbox table first, so admins see it even when delivery fails or is not set up. */
export function createMailer(options: { queue?: MailQueue | null }): Mailer {
  return {
    async send(db, message, at) {
      const row = await insertOutboxMessage(db, {
        ...message,
        createdAt: at,
        queuedAt: options.queue ? at : null,
      });
      if (options.queue)
        await options.queue.queueDelivery(db, { outboxId: row.id, organizationId: row.organizationId });
    },
  };
}

export interface DeliveryDeps {
  db: WardDb;
  transport: MailTransport;
  from: string;
  clock: Clock;
  log: Logger;
}

/** The job's retry policy as pg-boss reports it for the attempt being made. */
export interface DeliveryAttempt {
  /** Retries already made before this attempt (0 on the first). */
  retryCount: number;
  retryLimit: number;
  /** Seconds; pg-boss doubles it with each retry and adds up to as much again at random. */
  retryDelay: number;
}

/**
 * Sends one outbox message and records the outcome on its row. A message already sent is not sent again, so
 * a doubled or retried job does no double work. Throws after recording a failure so the job is retried.
 */
export async function deliverOutboxMessage(
  deps: DeliveryDeps,
  outboxId: string,
  attempt: DeliveryAttempt,
): Promise<"sent" | "already_sent" | "missing"> {
  const row = await getOutboxMessage(deps.db, outboxId);
  if (!row) return "missing";
  if (row.sentAt) return "already_sent";
  const attempts = row.attempts + 1;
  try {
    await deps.transport.sendMail({ from: deps.from, to: row.to, subject: row.subject, text: row.text });
  } catch (error) {
    const retriesLeft = attempt.retryCount < attempt.retryLimit;
    // The earliest moment pg-boss's backoff allows the next attempt.
    const delayMs = attempt.retryDelay * 2 ** attempt.retryCount * 1000;
    await markOutboxMessage(deps.db, outboxId, {
      attempts,
      error: (error as Error).message.slice(0, 500),
      nextAttemptAt: retriesLeft ? new Date(deps.clock.now().getTime() + delayMs) : null,
    });
    deps.log.warn({ err: error, outboxId, attempts }, "mail delivery failed");
    throw error;
  }
  await markOutboxMessage(deps.db, outboxId, {
    attempts,
    sentAt: deps.clock.now(),
    error: null,
    nextAttemptAt: null,
  });
  return "sent";
}
