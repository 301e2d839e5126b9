import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../test/render";
import { ConfirmActionModal } from "./confirm-action-modal";

function renderModal(overrides: Partial<Parameters<typeof ConfirmActionModal>[0]> = {}) {
  const props = {
    opened: true,
    onClose: vi.fn(),
    onConfirm: vi.fn(),
    title: "Revoke Billing sync?",
    confirmLabel: "Revoke key",
    pending: false,
    error: null,
    ...overrides,
  };
  renderWithProviders(<ConfirmActionModal {...props}>This cannot be undone.</ConfirmActionModal>);
  return props;
}

describe("ConfirmActionModal", () => {
  it("names the action, and confirms or cancels on the person's choice", async () => {
    const props = renderModal();
    expect(await screen.findByText("This cannot be undone.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Revoke key" }));
    expect(props.onConfirm).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(props.onClose).toHaveBeenCalled();
  });

  it("shows why the last attempt failed", async () => {
    renderModal({ error: new Error("The network is unreachable") });
    expect(await screen.findByRole("alert")).toHaveTextContent(/unreachable|went wrong|could not/i);
  });

  it("shows no error before anything failed", async () => {
    renderModal();
    await screen.findByText("This cannot be undone.");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
