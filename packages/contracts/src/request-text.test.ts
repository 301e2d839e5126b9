import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as contracts from "./index";

/** Every string a schema can hold, with the path to it, found by walking the schema's definition. */
function stringLeaves(schema: z.core.$ZodType, path: string, found: [string, z.core.$ZodType][]) {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const walk = (inner: unknown, at: string) => stringLeaves(inner as z.core.$ZodType, at, found);
  switch (def.type) {
    case "string":
      found.push([path, schema]);
      break;
    case "object":
      for (const [key, value] of Object.entries(def.shape as Record<string, unknown>))
        walk(value, `${path}.${key}`);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
      walk(def.innerType, path);
      break;
    case "array":
      walk(def.element, `${path}[]`);
      break;
    case "union":
      for (const option of def.options as unknown[]) walk(option, path);
      break;
    case "pipe":
      walk(def.in, path);
      break;
  }
  return found;
}

/** The schemas requests are validated with: bodies (`…Input`), query strings (`…Query`) and path parameters. */
const requestSchemas = Object.entries(contracts).filter(
  ([name, value]) =>
    /(Input|Query|Param)$/.test(name) && typeof value === "object" && value && "_zod" in value,
) as [string, z.core.$ZodType][];

describe("every request string refuses text and dates PostgreSQL cannot store", () => {
  it("finds the request schemas", () => {
    expect(requestSchemas.length).toBeGreaterThan(15);
  });

  it.each(requestSchemas)("%s", (name, schema) => {
    for (const [path, leaf] of stringLeaves(schema, name, [])) {
      const format = (leaf._zod.def as { format?: string }).format;
      const hostile = [
        "a\u0000b",
        "a\uD800b",
        ...(format === "date" ? ["0000-01-01"] : []),
        ...(format === "datetime" ? ["0000-01-01T00:00:00Z"] : []),
      ];
      for (const bad of hostile) {
        const accepted = (leaf as z.ZodType).safeParse(bad).success;
        expect(accepted, `${path} accepts ${JSON.stringify(bad)}`).toBe(false);
      }
    }
  });
});
