import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/api-error";
import { millenniumProduct } from "../../test/fixtures";
import { renderWithProviders } from "../../test/render";
import { ProductForm } from "./product-form";
import { productFormFrom } from "./product-form-values";

describe("ProductForm", () => {
  it("refuses a product without a name or hosting, and saves nothing", async () => {
    const onSave = vi.fn();
    renderWithProviders(<ProductForm onSave={onSave} cancelTo="/" />);

    await userEvent.click(screen.getByRole("button", { name: "Save product" }));

    expect(screen.getByRole("textbox", { name: /^Name/ })).toHaveAccessibleDescription("Required");
    expect(screen.getByRole("combobox", { name: /^Hosting/ })).toHaveAttribute("aria-invalid", "true");
    expect(onSave).not.toHaveBeenCalled();
  });

  it("opens an existing product with its values and saves them unchanged", async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    const product = { ...millenniumProduct, version: "2018.01", notes: "Runs the inpatient record" };
    renderWithProviders(
      <ProductForm initialValues={productFormFrom(product)} onSave={onSave} cancelTo="/" />,
    );

    expect(screen.getByRole("textbox", { name: /^Name/ })).toHaveValue(product.name);
    expect(screen.getByRole("combobox", { name: /^Hosting/ })).toHaveValue("Vendor hosted");
    await userEvent.click(screen.getByRole("button", { name: "Save product" }));

    expect(onSave).toHaveBeenCalledWith({
      name: product.name,
      hostingModel: "vendor_hosted",
      version: "2018.01",
      endOfSupport: null,
      notes: "Runs the inpatient record",
    });
  });

  it("puts the API's field error under the field it names", async () => {
    const onSave = vi
      .fn()
      .mockRejectedValue(
        new ApiError(400, "VALIDATION_FAILED", "Invalid request", [
          { path: "version", message: "Use at most 100 characters" },
        ]),
      );
    renderWithProviders(
      <ProductForm initialValues={productFormFrom(millenniumProduct)} onSave={onSave} cancelTo="/" />,
    );

    await userEvent.click(screen.getByRole("button", { name: "Save product" }));

    expect(await screen.findByRole("textbox", { name: "Version" })).toHaveAccessibleDescription(
      "Use at most 100 characters",
    );
  });
});
