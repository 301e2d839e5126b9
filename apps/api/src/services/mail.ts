import { insertOutboxMessage, markOutboxMessage, type WardDb } from "@ward/db";
import nodemailer from "nodemailer";
import type { Logger } from "pino";

export interface MailMessage {
  organizationId: string | null;
  to: string;
  subject: string;
  text: string;
  /** The action link, also shown on the outbox page. */
  link: string | null;
}

export interface Mailer {
  /** Records the message in the outbox and, when SMTP is configured, sends it. Never throws for SMTP failures. */
  send(db: WardDb, message: MailMessage, at: Date): Promise<void>;
}

/**
 * Every message lands in the outbox table first, so it is visible to admins even when delivery fails or no
 * SMTP server is configured. With `SMTP_URL` set, nodemailer delivers it and the row records the outcome.
 */
export function createMailer(options: { smtpUrl?: string | undefined; from: string; log: Logger }): Mailer {
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : null;
  return {
    async send(db, message, at) {
      const row = await insertOutboxMessage(db, { ...message, createdAt: at });
      if (!transport) return;
      try {
        await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
        });
        await markOutboxMessage(db, row.id, { sentAt: new Date() });
      } catch (error) {
        options.log.warn({ err: error, to: message.to }, "mail delivery failed");
        await markOutboxMessage(db, row.id, { error: (error as Error).message.slice(0, 500) });
      }
    },
  };
}
