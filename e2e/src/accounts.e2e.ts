import { spawnSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { signInApi } from "./api-session";
import { removeDataDir, startWard, type WardServer } from "./ward-server";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

describe("first run without demo data", () => {
  let server: WardServer | undefined;
  afterAll(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  it("create-admin makes the first admin, who can sign in and sees an empty portfolio", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "ward-e2e-"));
    const env = { ...process.env, WARD_DEMO: "false", WARD_DATA_DIR: dataDir, LOG_LEVEL: "silent" };
    const made = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "apps/api/src/cli.ts",
        "create-admin",
        "--email",
        "cio@hospital.example",
        "--org",
        "Lakeside Hospital",
      ],
      { cwd: repoRoot, env, encoding: "utf8", timeout: 60_000 },
    );
    expect(made.status, made.stderr).toBe(0);
    const password = /Password \(shown only now\): (\S+)/.exec(made.stdout)?.[1] ?? "";
    expect(password.length).toBeGreaterThanOrEqual(12);

    server = await startWard({ dataDir, env: { WARD_DEMO: "false" } });
    const admin = await signInApi(server, "cio@hospital.example", password);
    const me = (await (await admin.request("GET", "/api/me")).json()) as {
      role: string;
      organization: { name: string };
    };
    expect(me).toMatchObject({ role: "admin", organization: { name: "Lakeside Hospital" } });
    const vendors = (await (await admin.request("GET", "/api/vendors")).json()) as { total: number };
    expect(vendors.total).toBe(0);
    expect((await fetch(`${server.url}/api/vendors`)).status).toBe(401);
  });
});
