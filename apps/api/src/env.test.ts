import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EnvError, envVariables, loadEnv } from "./env";

describe("configuration", () => {
  it("has sensible defaults for a fresh clone", () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ PORT: 3000, WARD_DATA_DIR: "./data", WARD_DEMO: true });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: "http" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ DATABASE_URL: "mysql://db/ward" }, "DATABASE_URL"],
    [{ WARD_DEMO: "maybe" }, "WARD_DEMO"],
    [{ WARD_TRUST_PROXY: "load balancer" }, "WARD_TRUST_PROXY"],
    [{ WARD_TRUST_PROXY: "10.0.0.0/99" }, "WARD_TRUST_PROXY"],
    [{ WARD_RESCORE_CRON: "daily" }, "WARD_RESCORE_CRON"],
    [{ WARD_RESCORE_CRON: "0 25 * * *" }, "WARD_RESCORE_CRON"],
  ])("names the bad variable in %o", (source, variable) => {
    expect(() => loadEnv(source)).toThrow(EnvError);
    expect(() => loadEnv(source)).toThrow(new RegExp(`${variable}:`));
  });

  it("accepts a PostgreSQL URL and treats an empty one as unset", () => {
    expect(loadEnv({ DATABASE_URL: "postgres://u@127.0.0.1:5432/ward" }).DATABASE_URL).toBe(
      "postgres://u@127.0.0.1:5432/ward",
    );
    expect(loadEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("reads WARD_TRUST_PROXY as hops or proxy addresses, with true meaning one hop", () => {
    expect(loadEnv({}).WARD_TRUST_PROXY).toEqual({ kind: "none" });
    expect(loadEnv({ WARD_TRUST_PROXY: "true" }).WARD_TRUST_PROXY).toEqual({ kind: "hops", hops: 1 });
    expect(loadEnv({ WARD_TRUST_PROXY: "2" }).WARD_TRUST_PROXY).toEqual({ kind: "hops", hops: 2 });
    expect(loadEnv({ WARD_TRUST_PROXY: "10.0.0.0/8,fd00::1" }).WARD_TRUST_PROXY).toMatchObject({
      kind: "addresses",
      entries: ["10.0.0.0/8", "fd00::1"],
    });
  });
});

describe("the README's configuration table", () => {
  const readme = readFileSync(fileURLToPath(new URL("../../../README.md", import.meta.url)), "utf8");
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? "";
  const documented = new Set([...section.matchAll(/^\|\s*`([A-Z0-9_]+)`\s*\|/gm)].map((m) => m[1]));

  it.each(envVariables)("lists %s", (variable) => {
    expect(documented).toContain(variable);
  });
});
