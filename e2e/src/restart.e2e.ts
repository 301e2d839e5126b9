import { afterAll, describe, expect, it } from "vitest";
import { type ApiSession, signInApi } from "./api-session";
import { removeDataDir, startWard, type WardServer } from "./ward-server";

interface VendorPage {
  total: number;
  items: { id: string; name: string; criticality: string; incidentCount: number }[];
}

const get = async <T>(session: ApiSession, path: string): Promise<T> => {
  const res = await session.request("GET", path);
  expect(res.status).toBe(200);
  return (await res.json()) as T;
};

describe("the embedded database across restarts", () => {
  let server: WardServer | undefined;
  afterAll(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  it("keeps changes, and a second start neither duplicates nor overwrites the demo data", async () => {
    server = await startWard();
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { database: string };
    expect(health.database).toBe("pglite");
    let analyst = await signInApi(server, "analyst@demo.ward.test");
    const first = await get<VendorPage>(analyst, "/api/vendors?pageSize=100");
    expect(first.total).toBeGreaterThanOrEqual(10);
    const oracle = first.items.find((v) => v.name === "Oracle Health");
    expect(oracle).toBeDefined();
    const patched = await analyst.request("PATCH", `/api/vendors/${oracle?.id}`, { criticality: "moderate" });
    expect(patched.status).toBe(200);
    const created = await analyst.request("POST", "/api/vendors", {
      name: "Restart Survivor",
      category: "billing",
    });
    expect(created.status).toBe(201);

    const dataDir = server.dataDir;
    await server.stop();
    server = await startWard({ dataDir });
    expect(server.output()).not.toContain("Demo accounts created");

    analyst = await signInApi(server, "analyst@demo.ward.test");
    const second = await get<VendorPage>(analyst, "/api/vendors?pageSize=100");
    const members = await get<{ items: unknown[] }>(analyst, "/api/members");
    expect(members.items).toHaveLength(3);
    expect(second.total).toBe(first.total + 1);
    expect(second.items.filter((v) => v.name === "Oracle Health")).toHaveLength(1);
    expect(second.items.find((v) => v.name === "Oracle Health")?.criticality).toBe("moderate");
    expect(second.items.some((v) => v.name === "Restart Survivor")).toBe(true);
  });

  it("serves the web app with client-side routes", async () => {
    if (!server) throw new Error("server not started");
    const page = await fetch(`${server.url}/vendors/some/deep/link`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
  });
});
