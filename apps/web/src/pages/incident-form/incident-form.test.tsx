import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../test/render";
import { IncidentForm } from "./incident-form";

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
