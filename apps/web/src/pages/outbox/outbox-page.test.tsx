import { screen, within } from "@testing-library/react";
import type { OutboxMessageDto } from "@ward/contracts";
import { describe, expect, it } from "vitest";
import { json, stubFetch } from "../../test/fetch-stub";
import { renderRoute } from "../../test/render";
import { signedIn } from "../../test/signed-in";

const message = (subject: string, state: Partial<OutboxMessageDto>): OutboxMessageDto => ({
  id: crypto.randomUUID(),
  to: "new.member@hospital.test",
  subject,
  text: "Hello",
  link: null,
  createdAt: "2026-01-15T12:00:00.000Z",
  sentAt: null,
  error: null,
  status: "not_configured",
  attempts: 0,
  nextAttemptAt: null,
  ...state,
});

describe("OutboxPage", () => {
  it("shows each message's delivery state, its attempts and when the next one is due", async () => {
    const items = [
      message("Not configured", {}),
      message("Waiting", { status: "queued" }),
      message("Refused", {
        status: "retrying",
        attempts: 2,
        error: "421 try again later",
        nextAttemptAt: "2026-01-15T12:01:00.000Z",
      }),
      message("Delivered", { status: "sent", attempts: 3, sentAt: "2026-01-15T12:02:00.000Z" }),
      message("Given up", { status: "failed", attempts: 6, error: "550 mailbox unavailable" }),
    ];
    stubFetch(signedIn(() => json({ items }), "admin"));
    renderRoute("/outbox");

    const card = async (name: string) => screen.findByRole("article", { name });
    expect(within(await card("Not configured")).getByText("Not emailed")).toBeInTheDocument();
    expect(within(await card("Waiting")).getByText("Queued")).toBeInTheDocument();
    const refused = await card("Refused");
    expect(within(refused).getByText("Retrying")).toBeInTheDocument();
    expect(within(refused).getByText(/2 attempts · next attempt from 15 Jan 2026/)).toBeInTheDocument();
    expect(within(refused).getByText("421 try again later")).toBeInTheDocument();
    expect(within(await card("Delivered")).getByText("Emailed")).toBeInTheDocument();
    const givenUp = await card("Given up");
    expect(within(givenUp).getByText("Not delivered")).toBeInTheDocument();
    expect(within(givenUp).getByText("6 attempts")).toBeInTheDocument();
  });
});
