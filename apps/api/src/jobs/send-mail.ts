import { z } from "zod";
import { deliverOutboxMessage } from "../services/mail";
import { defineJob } from "./job-definition";

/** Delivers one outbox message over SMTP, retrying with exponential backoff: 30 s, 1 min, 2 min, 4 min, 8 min. */
export const sendMailJob = defineJob({
  name: "send-mail",
  title: "Send mail",
  // The organization shows the job (and its failures, which may name a recipient) to that organization only.
  payload: z.object({ outboxId: z.uuid(), organizationId: z.uuid().nullable() }),
  retry: { limit: 5, delaySeconds: 30, backoff: true },
  workers: 1,
  expireInSeconds: 120,
  async run(deps, { outboxId }, job) {
    // Queued only when SMTP was configured; if it has since been removed the row stays unsent and visible.
    if (!deps.transport) return;
    await deliverOutboxMessage({ ...deps, transport: deps.transport, from: deps.mailFrom }, outboxId, job);
  },
});
