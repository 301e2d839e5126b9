import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { stubFetch } from "../../test/fetch-stub";
import { oracleHealth } from "../../test/fixtures";
import { renderRoute } from "../../test/render";
import { oracleRiskApi } from "../../test/risk-fixtures";
import { signedIn } from "../../test/signed-in";
import { vendorSections } from "./vendor-section-nav";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the vendor page's section links", () => {
  it("link every section by an anchor that exists on the page, reachable with the keyboard", async () => {
    stubFetch(signedIn(oracleRiskApi()));
    renderRoute(`/vendors/${oracleHealth.id}`);

    const nav = await screen.findByRole("navigation", { name: "Sections of this page" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((l) => l.textContent)).toEqual(vendorSections.map((s) => s.label));
    for (const section of vendorSections) {
      expect(within(nav).getByRole("link", { name: section.label })).toHaveAttribute(
        "href",
        `#${section.id}`,
      );
      expect(document.getElementById(section.id)).not.toBeNull();
    }
    const first = links[0];
    if (!first) throw new Error("the nav has links");
    first.focus();
    await userEvent.tab();
    expect(links[1]).toHaveFocus();
  });

  it("open a shared link at its section once the section has loaded, and mark that link current", async () => {
    const scrolled: string[] = [];
    vi.spyOn(HTMLElement.prototype, "scrollIntoView").mockImplementation(function (this: HTMLElement) {
      scrolled.push(this.id);
    });
    stubFetch(signedIn(oracleRiskApi()));
    renderRoute(`/vendors/${oracleHealth.id}#evidence`);

    await waitFor(() => expect(scrolled).toContain("evidence"));
    const nav = screen.getByRole("navigation", { name: "Sections of this page" });
    expect(within(nav).getByRole("link", { name: "Evidence" })).toHaveAttribute("aria-current", "location");
    expect(within(nav).getByRole("link", { name: "Risk" })).not.toHaveAttribute("aria-current");
  });
});
