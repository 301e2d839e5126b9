import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { JobsOverviewResponse } from "@ward/contracts";
import { describe, expect, it } from "vitest";
import { json, type StubRequest, stubFetch } from "../../test/fetch-stub";
import { renderRoute } from "../../test/render";
import { signedIn } from "../../test/signed-in";

const failedId = "4d4d4d4d-4d4d-4d4d-8d4d-4d4d4d4d4d4d";

const overview = (failures: JobsOverviewResponse["failures"]): JobsOverviewResponse => ({
  queues: [
    {
      name: "send-mail",
      title: "Send mail",
      schedule: null,
      lastRunAt: null,
      nextRunAt: null,
      waiting: 0,
      active: 0,
    },
    {
      name: "rescore-vendors",
      title: "Rescore vendors",
      schedule: null,
      lastRunAt: "2026-01-15T12:03:00.000Z",
      nextRunAt: null,
      waiting: 12,
      active: 2,
    },
    {
      name: "rescore-daily",
      title: "Daily rescoring",
      schedule: "0 3 * * *",
      lastRunAt: null,
      nextRunAt: "2026-01-16T03:00:00.000Z",
      waiting: 0,
      active: 0,
    },
  ],
  failures,
  rescoring: { methodologyVersion: "2026.1", total: 5000, current: 3800 },
});

const failure = {
  id: failedId,
  name: "send-mail",
  title: "Send mail",
  failedAt: "2026-01-15T11:00:00.000Z",
  attempts: 6,
  message: "550 mailbox unavailable",
};

describe("JobsPage", () => {
  it("shows each job's last and next run and the rescoring progress", async () => {
    stubFetch(signedIn(() => json(overview([])), "admin"));
    renderRoute("/jobs");

    const table = await screen.findByRole("table", { name: "Background jobs" });
    const rescore = within(table).getByRole("row", { name: /Rescore vendors/ });
    expect(within(rescore).getByText(/15 Jan 2026/)).toBeInTheDocument();
    const daily = within(table).getByRole("row", { name: /Daily rescoring/ });
    expect(within(daily).getByText("Cron 0 3 * * * (UTC)")).toBeInTheDocument();
    expect(within(daily).getByText("Not yet")).toBeInTheDocument();
    expect(screen.getByText(/3,800 of 5,000 vendors scored/)).toBeInTheDocument();
    expect(screen.getByText("No failed jobs")).toBeInTheDocument();
  });

  it("lists a failed job with its message and retries it from the keyboard", async () => {
    const requests: StubRequest[] = [];
    let failures = [failure];
    stubFetch(
      signedIn((request) => {
        requests.push(request);
        if (request.method === "POST" && request.path === `/api/jobs/${failedId}/retry`) {
          failures = [];
          return new Response(null, { status: 204 });
        }
        return json(overview(failures));
      }, "admin"),
    );
    renderRoute("/jobs");

    const card = await screen.findByRole("article", { name: "Send mail failed" });
    expect(within(card).getByText("550 mailbox unavailable")).toBeInTheDocument();
    expect(within(card).getByText(/6 attempts/)).toBeInTheDocument();

    const retry = within(card).getByRole("button", { name: "Retry Send mail job" });
    retry.focus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByText("No failed jobs")).toBeInTheDocument());
    expect(requests.some((r) => r.method === "POST" && r.path === `/api/jobs/${failedId}/retry`)).toBe(true);
  });

  it("is not open to analysts", async () => {
    stubFetch(signedIn(() => json(overview([])), "analyst"));
    renderRoute("/jobs");
    expect(await screen.findByText(/not allowed/i)).toBeInTheDocument();
  });
});
