import { describe, expect, it } from "vitest";
import { EnvError, loadEnv } from "./env";

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
});
