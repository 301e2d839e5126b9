import { notifications } from "@mantine/notifications";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { errorResponse, json, type StubRequest, stubFetch } from "../../test/fetch-stub";
import { legacyHolding, oracleHealth } from "../../test/fixtures";
import { renderRoute } from "../../test/render";
import { oracleRiskApi } from "../../test/risk-fixtures";
import { signedIn } from "../../test/signed-in";

afterEach(() => notifications.clean());

const holdingPath = `/api/vendors/${oracleHealth.id}/data-holdings/${legacyHolding.id}`;

async function openDestructionForm(handler: (request: StubRequest) => Response | Promise<Response>) {
  const fetchMock = stubFetch(signedIn(handler));
  renderRoute(`/vendors/${oracleHealth.id}`);
  await userEvent.click(
    await screen.findByRole("button", { name: `Mark ${legacyHolding.system} destroyed` }),
  );
  const dialog = await screen.findByRole("dialog", { name: `Mark ${legacyHolding.system} destroyed` });
  return { dialog, fetchMock };
}

async function fill(dialog: HTMLElement) {
  const date = within(dialog).getByRole("textbox", { name: /^Destroyed on/ });
  await userEvent.type(date, "2025-05-02");
  await userEvent.tab();
  await userEvent.type(within(dialog).getByRole("textbox", { name: /^Certificate/ }), "CD-2025-0142.pdf");
  await userEvent.type(within(dialog).getByRole("textbox", { name: /^Attested by/ }), "Jane Roe, CISO");
  await userEvent.click(within(dialog).getByRole("combobox", { name: /^Proof/ }));
  await userEvent.click(
    await screen.findByRole("option", { name: "A certificate or document from the vendor", hidden: true }),
  );
  await userEvent.click(within(dialog).getByRole("button", { name: "Mark destroyed" }));
}

const patches = (fetchMock: ReturnType<typeof stubFetch>) =>
  fetchMock.mock.calls.filter(([, init]) => init?.method === "PATCH");

describe("marking a data holding destroyed", () => {
  it("sends the date, certificate and attester in one request and tells the score change", async () => {
    const api = oracleRiskApi();
    const { dialog, fetchMock } = await openDestructionForm((request) =>
      request.method === "PATCH" && request.path === holdingPath
        ? json({ ...legacyHolding, ...(request.body as object) })
        : api(request),
    );

    await fill(dialog);

    expect(
      await screen.findByText(`Data holding ${legacyHolding.system} marked destroyed`),
    ).toBeInTheDocument();
    const sent = patches(fetchMock);
    expect(sent).toHaveLength(1);
    expect(JSON.parse(String(sent[0]?.[1]?.body))).toEqual({
      destroyedOn: "2025-05-02",
      destructionEvidence: "CD-2025-0142.pdf",
      destructionAttestedBy: "Jane Roe, CISO",
      destructionAssurance: "documented",
    });
  });

  it("asks for all three parts of the proof and sends nothing without them", async () => {
    const { dialog, fetchMock } = await openDestructionForm(oracleRiskApi());

    await userEvent.click(within(dialog).getByRole("button", { name: "Mark destroyed" }));

    expect(within(dialog).getByRole("textbox", { name: /^Certificate/ })).toHaveAccessibleDescription(
      /Required/,
    );
    expect(within(dialog).getByRole("textbox", { name: /^Attested by/ })).toHaveAccessibleDescription(
      /Required/,
    );
    expect(within(dialog).getByRole("combobox", { name: /^Proof/ })).toHaveAccessibleDescription(
      /Choose one/,
    );
    expect(patches(fetchMock)).toHaveLength(0);
  });

  it("shows the API's field error under the field it names", async () => {
    const api = oracleRiskApi();
    const { dialog } = await openDestructionForm((request) =>
      request.method === "PATCH"
        ? errorResponse(400, "VALIDATION_FAILED", "Invalid request", [
            { path: "destructionAttestedBy", message: "Use at most 200 characters" },
          ])
        : api(request),
    );

    await fill(dialog);

    expect(
      await within(dialog).findByText("Use at most 200 characters", { exact: false }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/marked destroyed$/)).not.toBeInTheDocument();
  });
});
