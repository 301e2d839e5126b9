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
});

describe("the README's configuration table", () => {
  const readme = readFileSync(fileURLToPath(new URL("../../../README.md", import.meta.url)), "utf8");
  const section = readme.split(/^## Configuration$/m)[1]?.split(/^## /m)[0] ?? "";
  const documented = new Set([...section.matchAll(/^\|\s*`([A-Z0-9_]+)`\s*\|/gm)].map((m) => m[1]));

  it.each(envVariables)("lists %s", (variable) => {
    expect(documented).toContain(variable);
  });
});
