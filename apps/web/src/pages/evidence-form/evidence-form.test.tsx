import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/api-error";
import { renderWithProviders } from "../../test/render";
import { catalogueFixture } from "./catalogue-fixture";
import { EvidenceForm } from "./evidence-form";
import { type EvidenceFormValues, emptyEvidenceForm } from "./evidence-form-values";

const dated: EvidenceFormValues = {
  ...emptyEvidenceForm,
  statement: "The vendor confirmed it on a call",
  observedOn: "2026-01-15",
};

function renderForm(onSave = vi.fn(async () => undefined), initialValues = dated) {
  renderWithProviders(
    <EvidenceForm
      catalogue={catalogueFixture}
      initialValues={initialValues}
      submitLabel="Add evidence"
      onSave={onSave}
      onCancel={vi.fn()}
    />,
  );
  return onSave;
}

async function pickFact(search: string, label: string) {
  await userEvent.type(screen.getByRole("combobox", { name: /^Fact/ }), search);
  await userEvent.click(await screen.findByRole("option", { name: label, hidden: true }));
}

describe("EvidenceForm", () => {
  it("finds a fact by its label and shows the question to ask and the answers it takes", async () => {
    renderForm();
    await pickFact("remote", "MFA on remote access");

    expect(screen.getByText(/Does every remote-access route require multifactor/)).toBeInTheDocument();
    const answers = screen.getByRole("radiogroup", { name: /^Answer/ });
    const names = within(answers)
      .getAllByRole("radio")
      .map((radio) => radio.getAttribute("value"));
    expect(names).toEqual(["true", "partial", "false", "unknown", "number"]);
  });

  it("sends a share typed as a percentage as a fraction, with the key rather than the label", async () => {
    const onSave = renderForm();
    await pickFact("remote", "MFA on remote access");
    await userEvent.click(screen.getByRole("radio", { name: "A share" }));
    await userEvent.type(screen.getByRole("textbox", { name: /^Share covered/ }), "60");
    await userEvent.click(screen.getByRole("button", { name: "Add evidence" }));

    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ factor: "mfa.remote_access", value: 0.6, observedOn: "2026-01-15" }),
    );
  });

  it("offers never, unknown and a number of days for a days fact, and sends the days", async () => {
    const onSave = renderForm();
    await pickFact("revoked", "Access revoked when people leave");
    const answers = screen.getByRole("radiogroup", { name: /^Answer/ });
    expect(within(answers).getByRole("radio", { name: "Never" })).toBeInTheDocument();
    await userEvent.click(within(answers).getByRole("radio", { name: "A number of days" }));
    await userEvent.type(screen.getByRole("textbox", { name: /^Days/ }), "3");
    await userEvent.click(screen.getByRole("button", { name: "Add evidence" }));

    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ factor: "offboarding.access_revoked_days", value: 3 }),
    );
  });

  it("saves nothing without a fact, and nothing without an answer", async () => {
    const onSave = renderForm();
    await userEvent.click(screen.getByRole("button", { name: "Add evidence" }));
    expect(screen.getByText("Choose a fact from the list")).toBeInTheDocument();

    await pickFact("SOC", "Current SOC 2 Type II report");
    expect(screen.getByText(/keeps this fact on record/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Add evidence" }));
    expect(screen.getByText("Choose an answer")).toBeInTheDocument();
    expect(onSave).not.toHaveBeenCalled();
  });

  it("puts the API's field errors under the fields they name", async () => {
    const message = 'Ward knows no evidence key "assurance.soc2_type2"';
    const onSave = vi.fn(async () => {
      throw new ApiError(400, "VALIDATION_FAILED", "The evidence does not fit the catalogue", [
        { path: "factor", message },
      ]);
    });
    renderForm(onSave);
    await pickFact("SOC", "Current SOC 2 Type II report");
    await userEvent.click(screen.getByRole("radio", { name: "Yes" }));
    await userEvent.click(screen.getByRole("button", { name: "Add evidence" }));

    expect(
      await screen.findByRole("combobox", { name: /^Fact/, description: new RegExp(message) }),
    ).toHaveAttribute("aria-invalid", "true");
    expect(onSave).toHaveBeenCalledOnce();
  });

  /** Picks from this select's own list: another select may offer an option of the same name. */
  async function choose(field: RegExp, option: string) {
    const select = screen.getByRole("combobox", { name: field });
    await userEvent.click(select);
    const list = document.getElementById(select.getAttribute("aria-controls") ?? "");
    if (!list) throw new Error(`no option list for ${field}`);
    await userEvent.click(await within(list).findByRole("option", { name: option, hidden: true }));
  }

  it("asks for the document only when the fact is documented, and sends it", async () => {
    const onSave = renderForm();
    await pickFact("SOC", "Current SOC 2 Type II report");
    await userEvent.click(screen.getByRole("radio", { name: "Yes" }));
    expect(screen.queryByRole("combobox", { name: /^Document/ })).not.toBeInTheDocument();

    await choose(/^Assurance/, "Documented");
    await userEvent.click(screen.getByRole("button", { name: "Add evidence" }));
    expect(screen.getByRole("combobox", { name: /^Document/ })).toHaveAttribute("aria-invalid", "true");
    expect(onSave).not.toHaveBeenCalled();

    await choose(/^Document/, "SOC 2 Type II report");
    await userEvent.click(screen.getByRole("button", { name: "Add evidence" }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ assurance: "documented", document: "soc2_type2" }),
    );
  });

  it("takes the assurance from the origin until the analyst picks another", async () => {
    const onSave = renderForm();
    await pickFact("SOC", "Current SOC 2 Type II report");
    await userEvent.click(screen.getByRole("radio", { name: "Yes" }));
    expect(screen.getByRole("combobox", { name: /^Assurance/ })).toHaveValue("Vendor's word");
    await choose(/^Origin/, "Public record");
    expect(screen.getByRole("combobox", { name: /^Assurance/ })).toHaveValue("Public record");
    await userEvent.click(screen.getByRole("button", { name: "Add evidence" }));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ origin: "public_record", assurance: "public_record", document: null }),
    );
  });
});
