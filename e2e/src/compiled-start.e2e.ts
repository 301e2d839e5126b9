import { afterAll, describe, expect, it } from "vitest";
import { signInApi } from "./api-session";
import { removeDataDir, startWard, type WardServer } from "./ward-server";

/** What a server answers: its OpenAPI document, and the status of every GET it documents plus a few others. */
interface Served {
  openapi: unknown;
  statuses: Record<string, number>;
}

const unknownId = "00000000-0000-4000-8000-000000000000";

async function whatIsServed(server: WardServer): Promise<Served> {
  const openapi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const admin = await signInApi(server, "admin@demo.ward.test");
  const statuses: Record<string, number> = {};
  for (const [path, operations] of Object.entries(openapi.paths)) {
    if (!("get" in operations)) continue;
    const concrete = path.replace(/\{[^}]+\}/g, unknownId);
    statuses[`admin GET ${concrete}`] = (await admin.request("GET", concrete)).status;
  }
  const anonymous = [
    "/api/health",
    "/api/vendors",
    "/api/docs",
    "/api/docs/swagger-ui.css",
    "/",
    "/vendors/x",
  ];
  for (const path of [...anonymous, "/api/no-such-route"]) {
    statuses[`anonymous GET ${path}`] = (await fetch(`${server.url}${path}`)).status;
  }
  statuses["admin POST /api/vendors (invalid)"] = (
    await admin.request("POST", "/api/vendors", { name: "" })
  ).status;
  return { openapi, statuses };
}

describe("the compiled server of npm start", () => {
  const servers: WardServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop();
    if (servers[0]) await removeDataDir(servers[0].dataDir);
  });

  it("serves the same routes as the TypeScript source under tsx (npm run dev)", {
    timeout: 240_000,
  }, async () => {
    const compiled = await startWard({ runtime: "compiled" });
    servers.push(compiled);
    const fromCompiled = await whatIsServed(compiled);
    await compiled.stop();

    const source = await startWard({ runtime: "source", dataDir: compiled.dataDir });
    servers.push(source);
    const fromSource = await whatIsServed(source);

    expect(Object.keys(fromCompiled.statuses).length).toBeGreaterThan(20);
    expect(fromCompiled.statuses["anonymous GET /api/health"]).toBe(200);
    expect(fromCompiled.statuses["anonymous GET /api/docs/swagger-ui.css"]).toBe(200);
    expect(fromCompiled.statuses["anonymous GET /"]).toBe(200);
    expect(fromCompiled.statuses).toEqual(fromSource.statuses);
    expect(fromCompiled.openapi).toEqual(fromSource.openapi);
  });
});
