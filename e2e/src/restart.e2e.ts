import { afterAll, describe, expect, it } from "vitest";
import { removeDataDir, startWard, type WardServer } from "./ward-server";

interface VendorPage {
  total: number;
  items: { id: string; name: string; criticality: string; incidentCount: number }[];
}

const get = async <T>(server: WardServer, path: string): Promise<T> => {
  const res = await fetch(`${server.url}${path}`);
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
    const health = await get<{ database: string }>(server, "/api/health");
    expect(health.database).toBe("pglite");
    const first = await get<VendorPage>(server, "/api/vendors?pageSize=100");
    expect(first.total).toBeGreaterThanOrEqual(10);
    const oracle = first.items.find((v) => v.name === "Oracle Health");
    expect(oracle).toBeDefined();
    const patched = await fetch(`${server.url}/api/vendors/${oracle?.id}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ criticality: "moderate" }),
    });
    expect(patched.status).toBe(200);
    const created = await fetch(`${server.url}/api/vendors`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Restart Survivor", category: "billing" }),
    });
    expect(created.status).toBe(201);

    const dataDir = server.dataDir;
    await server.stop();
    server = await startWard({ dataDir });

    const second = await get<VendorPage>(server, "/api/vendors?pageSize=100");
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
