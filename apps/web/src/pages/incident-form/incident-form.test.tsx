import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { IncidentDto } from "@ward/contracts";
import { describe, expect, it, vi } from "vitest";
import { legacyServerIncident } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";
import { IncidentForm } from "./incident-form";
import { incidentFormFrom } from "./incident-form-values";

const URL_ERROR = "Enter a web address starting with https://";

async function addSource(url: string, title: string) {
  await userEvent.click(screen.getByRole("button", { name: "Add source" }));
  const source = screen.getByRole("group", { name: "Source 1" });
  await userEvent.type(within(source).getByRole("textbox", { name: /^URL/ }), url);
  await userEvent.type(within(source).getByRole("textbox", { name: /^Title/ }), title);
  return source;
}

describe("IncidentForm", () => {
  it("refuses a source URL that is not a web address, and saves nothing", async () => {
    const onSave = vi.fn();
    renderWithProviders(<IncidentForm onSave={onSave} cancelTo="/" />);

    const source = await addSource("bleepingcomputer article", "Oracle Health breach");
    await userEvent.click(screen.getByRole("button", { name: "Save incident" }));

    const url = within(source).getByRole("textbox", { name: /^URL/ });
    expect(url).toHaveAttribute("aria-invalid", "true");
    expect(url).toHaveAccessibleDescription(URL_ERROR);
    expect(onSave).not.toHaveBeenCalled();
  });

  it("accepts an https source URL", async () => {
    renderWithProviders(<IncidentForm onSave={vi.fn()} cancelTo="/" />);

    const source = await addSource(
      "https://www.bleepingcomputer.com/news/security/oracle",
      "Oracle Health breach",
    );
    await userEvent.click(screen.getByRole("button", { name: "Save incident" }));

    // Other required fields are still empty, so the form did validate; only the URL passed.
    expect(screen.getByRole("textbox", { name: /^Title/, description: /Required/ })).toBeInTheDocument();
    expect(within(source).getByRole("textbox", { name: /^URL/ })).not.toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByText(URL_ERROR)).not.toBeInTheDocument();
  });
});

const bleeping = {
  id: "11111111-1111-4111-8111-111111111111",
  url: "https://www.bleepingcomputer.com/news/security/oracle-health-breach/",
  title: "Oracle Health breach compromises patient data",
  publisher: "BleepingComputer",
  publishedOn: "2025-03-28",
};
const hipaaTimes = {
  id: "22222222-2222-4222-8222-222222222222",
  url: "https://hipaatimes.com/oracle-health-data-breach",
  title: "Oracle health data breach exposes patients",
  publisher: null,
  publishedOn: null,
};
const storedIncident: IncidentDto = {
  ...legacyServerIncident,
  sources: [bleeping, hipaaTimes],
  dates: [
    {
      id: "33333333-3333-4333-8333-333333333333",
      kind: "vendor_discovery",
      date: "2025-02-26",
      qualifier: "exact",
      note: null,
      sourceId: hipaaTimes.id,
    },
  ],
  consequences: [
    {
      id: "44444444-4444-4444-8444-444444444444",
      kind: "lawsuit",
      description: "Class action filed in Texas",
      amountUsd: null,
      date: "2025-03-10",
      sourceId: bleeping.id,
    },
  ],
};

describe("IncidentForm in edit mode", () => {
  it("saves the stored dates and consequences still citing their own sources", async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <IncidentForm initialValues={incidentFormFrom(storedIncident)} onSave={onSave} cancelTo="/" />,
    );
    expect(screen.getAllByRole("textbox", { name: /^Title/ })[0]).toHaveValue(storedIncident.title);

    await userEvent.click(screen.getByRole("button", { name: "Save incident" }));

    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        dataTypes: ["name", "ssn"],
        recordsAffected: 501,
        recordsIsPlaceholder: true,
        sources: [
          expect.objectContaining({ url: bleeping.url }),
          expect.objectContaining({ url: hipaaTimes.url }),
        ],
        dates: [expect.objectContaining({ kind: "vendor_discovery", date: "2025-02-26", source: 1 })],
        consequences: [
          {
            kind: "lawsuit",
            description: "Class action filed in Texas",
            amountUsd: null,
            date: "2025-03-10",
            source: 0,
          },
        ],
      }),
    );
  });

  it("re-points citations when a source is removed, so none moves to another source", async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <IncidentForm initialValues={incidentFormFrom(storedIncident)} onSave={onSave} cancelTo="/" />,
    );

    await userEvent.click(screen.getByRole("button", { name: "Remove source 1" }));
    await userEvent.click(screen.getByRole("button", { name: "Save incident" }));

    const saved = onSave.mock.calls[0]?.[0];
    expect(saved.sources).toEqual([expect.objectContaining({ url: hipaaTimes.url })]);
    expect(saved.dates[0].source).toBe(0);
    expect(saved.consequences[0].source).toBeNull();
  });

  it("refuses a consequence without a kind or description, and saves nothing", async () => {
    const onSave = vi.fn();
    renderWithProviders(
      <IncidentForm initialValues={incidentFormFrom(storedIncident)} onSave={onSave} cancelTo="/" />,
    );

    await userEvent.click(screen.getByRole("button", { name: "Add consequence" }));
    await userEvent.click(screen.getByRole("button", { name: "Save incident" }));

    const added = screen.getByRole("group", { name: "Consequence 2" });
    expect(within(added).getByRole("textbox", { name: /^Description/ })).toHaveAccessibleDescription(
      "Required",
    );
    expect(within(added).getByRole("combobox", { name: /^Kind/ })).toHaveAttribute("aria-invalid", "true");
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe("IncidentForm's entry route and impact", () => {
  it("offers ways in, not payloads: a third party, and no ransomware", async () => {
    renderWithProviders(<IncidentForm onSave={vi.fn()} cancelTo="/" />);
    await userEvent.click(screen.getByRole("combobox", { name: /^Entry route/ }));
    expect(
      await screen.findByRole("option", { name: "Through a third party", hidden: true }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("option", { name: "Ransomware", hidden: true })).not.toBeInTheDocument();
  });

  it("asks the outage's length and services only when there was an outage, and sends them", async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <IncidentForm initialValues={incidentFormFrom(storedIncident)} onSave={onSave} cancelTo="/" />,
    );
    expect(screen.queryByRole("textbox", { name: /^Outage length/ })).not.toBeInTheDocument();

    const encrypted = screen.getByRole("radiogroup", { name: /^Encrypted for extortion/ });
    await userEvent.click(within(encrypted).getByRole("radio", { name: "Yes" }));
    const outage = screen.getByRole("radiogroup", { name: /^Service outage/ });
    await userEvent.click(within(outage).getByRole("radio", { name: "Yes" }));
    await userEvent.type(screen.getByRole("textbox", { name: /^Outage length/ }), "8");
    const services = screen.getByRole("combobox", { name: /^Services stopped/ });
    await userEvent.type(services, "EHR{Enter}e-prescribing{Enter}");
    await userEvent.click(screen.getByRole("button", { name: "Save incident" }));

    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        entryRoute: "stolen_credentials",
        dataTaken: "yes",
        encryptedForExtortion: "yes",
        serviceOutage: "yes",
        outageDays: 8,
        servicesStopped: ["EHR", "e-prescribing"],
      }),
    );
  });

  it("drops an outage's details when the outage is taken back", async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const withOutage = {
      ...storedIncident,
      serviceOutage: "yes" as const,
      outageDays: 3,
      servicesStopped: ["EHR"],
    };
    renderWithProviders(
      <IncidentForm initialValues={incidentFormFrom(withOutage)} onSave={onSave} cancelTo="/" />,
    );
    expect(screen.getByRole("textbox", { name: /^Outage length/ })).toHaveValue("3");

    const outage = screen.getByRole("radiogroup", { name: /^Service outage/ });
    await userEvent.click(within(outage).getByRole("radio", { name: "No" }));
    await userEvent.click(screen.getByRole("button", { name: "Save incident" }));

    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ serviceOutage: "no", outageDays: null, servicesStopped: [] }),
    );
  });

  it("reaches the impact choices from the keyboard", async () => {
    renderWithProviders(
      <IncidentForm initialValues={incidentFormFrom(storedIncident)} onSave={vi.fn()} cancelTo="/" />,
    );
    const taken = screen.getByRole("radiogroup", { name: /^Data taken/ });
    const yes = within(taken).getByRole("radio", { name: "Yes" });
    yes.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(within(taken).getByRole("radio", { name: "No" })).toBeChecked();
  });
});
