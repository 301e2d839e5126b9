import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { json, stubFetch } from "../../test/fetch-stub";
import { oracleHealthSummary as oracleHealth } from "../../test/fixtures";
import { atPhoneWidth } from "../../test/phone-width";
import { renderRoute } from "../../test/render";
import { signedIn } from "../../test/signed-in";

const facets = {
  riskTier: { unassessed: 0, low: 0, moderate: 0, high: 1, critical: 0, unscored: 0 },
  criticality: { low: 0, moderate: 0, high: 0, critical: 1 },
};
const onePage = { items: [oracleHealth], total: 1, page: 1, pageSize: 25, facets };

function showPortfolio(path: string) {
  stubFetch(signedIn(() => json(onePage)));
  return renderRoute(path);
}

describe("the portfolio's filters", () => {
  it("stay in the row beside the search on a wide screen, with no button to open them", async () => {
    showPortfolio("/");
    expect(await screen.findByRole("combobox", { name: "Category" })).toBeVisible();
    expect(screen.getByRole("combobox", { name: "Risk tier" })).toBeVisible();
    expect(screen.queryByRole("button", { name: /^Filters/ })).not.toBeInTheDocument();
  });

  it("fold behind a button on a phone that counts the active ones and opens them from the keyboard", async () => {
    atPhoneWidth();
    showPortfolio("/?criticality=critical&riskTier=high&riskTier=critical");

    const button = await screen.findByRole("button", { name: "Filters, 3 active" });
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("searchbox", { name: "Search vendors" })).toBeVisible();
    expect(screen.queryByRole("combobox", { name: "Category" })).not.toBeInTheDocument();

    button.focus();
    await userEvent.keyboard("{Enter}");
    expect(button).toHaveAttribute("aria-expanded", "true");
    const category = await screen.findByRole("combobox", { name: "Category" });
    expect(category).toBeVisible();
    expect(button.getAttribute("aria-controls")).toBeTruthy();
    expect(document.getElementById(button.getAttribute("aria-controls") ?? "")).toContainElement(category);
  });

  it("on a phone names no count while nothing is filtered, and clears filters without opening them", async () => {
    atPhoneWidth();
    const { router } = showPortfolio("/?status=active");

    await userEvent.click(await screen.findByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(router.state.location.search).toBe(""));
    expect(screen.getByRole("button", { name: "Filters" })).toHaveAttribute("aria-expanded", "false");
  });
});
