import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ApiKeyDto } from "@ward/contracts";
import { describe, expect, it } from "vitest";
import { json, type StubRequest, stubFetch } from "../../test/fetch-stub";
import { renderRoute } from "../../test/render";
import { signedIn } from "../../test/signed-in";

const secret = "ward_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0";
const created: ApiKeyDto = {
  id: "9e9e9e9e-9e9e-4e9e-8e9e-9e9e9e9e9e9e",
  name: "GRC sync",
  prefix: "ward_live_9f8e",
  scope: "read",
  createdAt: "2025-06-17T10:00:00.000Z",
  lastUsedAt: null,
  revokedAt: null,
};

describe("ApiKeysPage", () => {
  it("shows a new key once, in a modal, and never again after it closes", async () => {
    let keys: ApiKeyDto[] = [];
    const posted: StubRequest[] = [];
    stubFetch(
      signedIn((request) => {
        if (request.method === "POST") {
          posted.push(request);
          keys = [created];
          return json({ apiKey: created, key: secret }, 201);
        }
        return json({ items: keys });
      }, "admin"),
    );
    renderRoute("/api-keys");

    expect(await screen.findByText("No API keys yet.")).toBeInTheDocument();
    await userEvent.type(screen.getByRole("textbox", { name: /^Name/ }), "GRC sync");
    await userEvent.click(screen.getByRole("button", { name: "Create key" }));

    const modal = await screen.findByRole("dialog", { name: 'API key "GRC sync" created' });
    expect(within(modal).getByText(secret)).toBeInTheDocument();
    expect(within(modal).getByText("Copy the key now")).toBeInTheDocument();
    expect(within(modal).getByRole("button", { name: "Copy API key" })).toBeInTheDocument();
    expect(posted[0]?.body).toEqual({ name: "GRC sync", scope: "read" });

    await userEvent.click(within(modal).getByRole("button", { name: "I have copied the key" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const table = await screen.findByRole("table", { name: "API keys" });
    expect(within(table).getByText("GRC sync")).toBeInTheDocument();
    expect(screen.queryByText(secret)).not.toBeInTheDocument();
  });

  it("is not offered to an analyst", async () => {
    stubFetch(signedIn(() => json({ items: [] }), "analyst"));
    renderRoute("/api-keys");

    expect(await screen.findByRole("heading", { name: "Not allowed" })).toBeInTheDocument();
  });
});
