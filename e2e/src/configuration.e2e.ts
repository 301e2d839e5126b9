import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { signInApi } from "./api-session";
import { DEMO_PASSWORD, removeDataDir, startWard } from "./ward-server";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

function startExpectingFailure(env: Record<string, string>) {
  return spawnSync(process.execPath, ["--import", "tsx", "apps/api/src/server.ts"], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe("start-up configuration", () => {
  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ DATABASE_URL: "mysql://localhost/ward" }, "DATABASE_URL"],
  ])("a bad %o stops the start with a message naming %s", (env, variable) => {
    const result = startExpectingFailure(env);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(variable);
  });

  it("an unreachable PostgreSQL server stops the start with a message naming DATABASE_URL", () => {
    const result = startExpectingFailure({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/ward", PORT: "0" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("DATABASE_URL");
  });

  const pgUrl = process.env.TEST_DATABASE_URL;
  it.runIf(pgUrl)("DATABASE_URL runs the same app on PostgreSQL", async () => {
    const server = await startWard({ env: { DATABASE_URL: pgUrl ?? "" } });
    try {
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { database: string };
      expect(health.database).toBe("postgres");
      const viewer = await signInApi(server, "viewer@demo.ward.test");
      const vendors = (await (await viewer.request("GET", "/api/vendors?q=oracle")).json()) as {
        items: { name: string }[];
      };
      expect(vendors.items.map((v) => v.name)).toContain("Oracle Health");
    } finally {
      await server.stop();
      await removeDataDir(server.dataDir);
    }
  });

  it("sign-in works at localhost when WARD_PUBLIC_URL names 127.0.0.1, and another scheme is refused", async () => {
    const server = await startWard();
    try {
      const viaLocalhost = { ...server, url: server.url.replace("127.0.0.1", "localhost") };
      const admin = await signInApi(viaLocalhost, "admin@demo.ward.test");
      expect((await admin.request("GET", "/api/me")).status).toBe(200);
      const otherScheme = await fetch(`${server.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { origin: server.url.replace("http:", "https:"), "content-type": "application/json" },
        body: JSON.stringify({ email: "admin@demo.ward.test", password: DEMO_PASSWORD }),
      });
      expect(otherScheme.status).toBe(403);
      expect(await otherScheme.text()).toContain("WARD_TRUSTED_ORIGINS");
    } finally {
      await server.stop();
      await removeDataDir(server.dataDir);
    }
  });
});
