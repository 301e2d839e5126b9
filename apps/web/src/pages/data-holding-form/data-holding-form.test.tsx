import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/api-error";
import { legacyHolding, millenniumProduct } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";
import { DataHoldingForm } from "./data-holding-form";
import { dataHoldingFormFrom } from "./data-holding-form-values";

const stored = {
  ...legacyHolding,
  productId: millenniumProduct.id,
  retentionEnd: "2026-01-31",
  notes: "Copied during the 2023 migration",
};

function renderEdit(onSave = vi.fn().mockResolvedValue(undefined)) {
  renderWithProviders(
    <DataHoldingForm
      initialValues={dataHoldingFormFrom(stored)}
      products={[millenniumProduct]}
      onSave={onSave}
      cancelTo="/"
    />,
  );
  return onSave;
}

describe("DataHoldingForm in edit mode", () => {
  it("opens with the holding's stored values", () => {
    renderEdit();
    expect(screen.getByRole("textbox", { name: /^System/ })).toHaveValue(stored.system);
    expect(screen.getByRole("combobox", { name: /^Product/ })).toHaveValue(millenniumProduct.name);
    expect(screen.getByRole("textbox", { name: /^Records/ })).toHaveValue("184,000");
    expect(screen.getByRole("textbox", { name: "Notes" })).toHaveValue(stored.notes);
  });

  it("saves a changed field with every other stored value kept", async () => {
    const onSave = renderEdit();
    const system = screen.getByRole("textbox", { name: /^System/ });
    await userEvent.clear(system);
    await userEvent.type(system, "Cerner legacy archive");
    await userEvent.click(screen.getByRole("button", { name: "Save data holding" }));

    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        system: "Cerner legacy archive",
        productId: millenniumProduct.id,
        recordCount: 184_000,
        phiCategories: ["name", "ssn"],
        reachableWithCustomerCredentials: "yes",
        retentionEnd: "2026-01-31",
        notes: stored.notes,
      }),
    );
  });

  it("puts the API's field error under the field it names", async () => {
    renderEdit(
      vi
        .fn()
        .mockRejectedValue(
          new ApiError(400, "VALIDATION_FAILED", "Invalid request", [
            { path: "system", message: "Use at most 200 characters" },
          ]),
        ),
    );
    await userEvent.click(screen.getByRole("button", { name: "Save data holding" }));

    expect(await screen.findByRole("textbox", { name: /^System/ })).toHaveAccessibleDescription(
      /Use at most 200 characters/,
    );
  });
});
