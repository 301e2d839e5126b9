import { notifications } from "@mantine/notifications";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { json, stubFetch } from "../../test/fetch-stub";
import { millenniumProduct, oracleHealth } from "../../test/fixtures";
import { renderRoute } from "../../test/render";
import { oracleRiskApi } from "../../test/risk-fixtures";
import { signedIn } from "../../test/signed-in";

afterEach(() => notifications.clean());

const vendorPath = `/vendors/${oracleHealth.id}`;

describe("product pages", () => {
  it("a viewer who types the add-product address is told it is not allowed", async () => {
    stubFetch(signedIn(oracleRiskApi(), "viewer"));
    renderRoute(`${vendorPath}/products/new`);

    expect(await screen.findByRole("heading", { name: "Not allowed" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save product" })).not.toBeInTheDocument();
  });

  it("edits the product in one PATCH and returns to the vendor with the score change", async () => {
    const api = oracleRiskApi();
    const fetchMock = stubFetch(
      signedIn((request) =>
        request.method === "PATCH"
          ? json({ ...millenniumProduct, ...(request.body as object) })
          : api(request),
      ),
    );
    const { router } = renderRoute(`${vendorPath}/products/${millenniumProduct.id}/edit`);

    const version = await screen.findByRole("textbox", { name: "Version" });
    await userEvent.type(version, "2018.01");
    await userEvent.click(screen.getByRole("button", { name: "Save product" }));

    expect(await screen.findByText(`Product ${millenniumProduct.name} saved`)).toBeInTheDocument();
    expect(screen.getByText(/^Overall score unchanged/)).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe(vendorPath));
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === "PATCH");
    expect(String(patch?.[0])).toContain(`/products/${millenniumProduct.id}`);
    expect(JSON.parse(String(patch?.[1]?.body))).toMatchObject({ version: "2018.01" });
  });

  it("says a product deleted elsewhere is gone rather than opening an empty form", async () => {
    stubFetch(signedIn(oracleRiskApi()));
    renderRoute(`${vendorPath}/products/00000000-0000-4000-8000-000000000000/edit`);

    expect(await screen.findByText(/This product does not exist under this vendor/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Save product" })).not.toBeInTheDocument();
  });
});
