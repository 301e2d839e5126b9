import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Role } from "@ward/contracts";
import { describe, expect, it } from "vitest";
import { errorResponse, json, type StubRequest, stubFetch } from "../../test/fetch-stub";
import { millenniumProduct, oracleHealth } from "../../test/fixtures";
import { atPhoneWidth } from "../../test/phone-width";
import { renderRoute } from "../../test/render";
import { signedIn } from "../../test/signed-in";

const base = `/api/vendors/${oracleHealth.id}`;
const product = {
  ...millenniumProduct,
  version: "2018.01",
  notes: "Legacy instance kept for read-only access.",
};

function vendorApi({ path }: StubRequest) {
  if (path === base) return json(oracleHealth);
  if (path === `${base}/products`) return json({ items: [product] });
  if (path.startsWith(`${base}/score`)) return errorResponse(404, "NOT_FOUND", "Score not found");
  if (path.startsWith(base)) return json({ items: [] });
  if (path === "/api/evidence-catalogue") return json({ items: [] });
  return errorResponse(404, "NOT_FOUND", "Not found");
}

async function showProducts(role: Role) {
  stubFetch(signedIn(vendorApi, role));
  renderRoute(`/vendors/${oracleHealth.id}`);
  const section = await screen.findByRole("region", { name: "Products" });
  await within(section).findByText(product.name);
  return section;
}

describe("the vendor page's products", () => {
  it("on a wide screen are a table with each product's controls in its row", async () => {
    const section = await showProducts("analyst");
    const row = within(within(section).getByRole("table")).getByRole("row", {
      name: new RegExp(product.name),
    });
    expect(within(row).getByRole("cell", { name: "2018.01" })).toBeInTheDocument();
    expect(within(row).getByRole("link", { name: `Edit ${product.name}` })).toBeInTheDocument();
  });

  it("on a phone are cards that carry each product's facts and its Edit and Delete, with no table", async () => {
    atPhoneWidth();
    const section = await showProducts("analyst");
    expect(within(section).queryByRole("table")).not.toBeInTheDocument();

    const card = within(section).getByRole("article", { name: product.name });
    expect(within(card).getByText("Hosting")).toBeInTheDocument();
    expect(within(card).getByText("2018.01")).toBeInTheDocument();
    expect(within(card).getByText(product.notes)).toBeInTheDocument();
    expect(within(card).getByRole("link", { name: `Edit ${product.name}` })).toHaveAttribute(
      "href",
      `/vendors/${oracleHealth.id}/products/${product.id}/edit`,
    );
    await userEvent.click(within(card).getByRole("button", { name: `Delete ${product.name}` }));
    expect(await screen.findByRole("dialog", { name: `Delete ${product.name}?` })).toBeInTheDocument();
  });

  it("on a phone a viewer reads the cards without Edit or Delete", async () => {
    atPhoneWidth();
    const section = await showProducts("viewer");
    const card = within(section).getByRole("article", { name: product.name });
    expect(within(card).queryByRole("link", { name: `Edit ${product.name}` })).not.toBeInTheDocument();
    expect(within(card).queryByRole("button", { name: `Delete ${product.name}` })).not.toBeInTheDocument();
  });
});
