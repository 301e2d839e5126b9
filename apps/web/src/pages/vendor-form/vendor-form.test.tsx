import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { useCreateVendor } from "../../api/vendors";
import { errorResponse, stubFetch } from "../../test/fetch-stub";
import { renderWithProviders } from "../../test/render";
import { VendorForm } from "./vendor-form";
import { emptyVendorForm } from "./vendor-form-values";

/** The form wired to the real create hook, so a server answer travels the same path as in the app. */
function CreateVendorForm() {
  const create = useCreateVendor();
  return (
    <VendorForm
      initialValues={{ ...emptyVendorForm, name: "Oracle Health", category: "ehr" }}
      onSave={create.mutateAsync}
      cancelTo="/"
    />
  );
}

describe("VendorForm", () => {
  it("shows an error under Name and saves nothing when the name is empty", async () => {
    const onSave = vi.fn();
    renderWithProviders(<VendorForm onSave={onSave} cancelTo="/" />);

    await userEvent.click(screen.getByRole("button", { name: "Save vendor" }));

    const name = screen.getByRole("textbox", { name: /^Name/ });
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription(/Required/);
    expect(name).toHaveFocus();
    expect(onSave).not.toHaveBeenCalled();
  });

  it("puts the server's duplicate-name conflict under Name", async () => {
    const fetchMock = stubFetch(() =>
      errorResponse(409, "CONFLICT", "A vendor with this name already exists", [
        { path: "name", message: "Oracle Health is already in your portfolio" },
      ]),
    );
    renderWithProviders(<CreateVendorForm />);

    await userEvent.click(screen.getByRole("button", { name: "Save vendor" }));

    const name = screen.getByRole("textbox", { name: /^Name/ });
    await waitFor(() => expect(name).toHaveAccessibleDescription(/already in your portfolio/));
    expect(name).toHaveAttribute("aria-invalid", "true");
    // The issue is shown under its field, so no second copy appears above the form.
    expect(screen.queryByText("Not saved")).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledOnce();
  });

  it("sends the checked body: trimmed text, null for empty optional fields", async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(
      <VendorForm onSave={onSave} cancelTo="/" initialValues={{ ...emptyVendorForm, category: "cloud" }} />,
    );

    await userEvent.type(screen.getByRole("textbox", { name: /^Name/ }), "  Acme Cloud  ");
    await userEvent.click(screen.getByRole("button", { name: "Save vendor" }));

    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]?.[0]).toEqual({
      name: "Acme Cloud",
      category: "cloud",
      relationshipStatus: "prospect",
      criticality: "moderate",
      website: null,
      parentCompany: null,
      aliases: [],
      formerNames: [],
      description: null,
    });
  });
});
