import { describe, expect, it } from "vitest";
import { slugify } from "./organization-slug";

describe("organization slugs", () => {
  it.each([
    ["St. Mary's Hospital", "st-marys-hospital"],
    ["Hôpital Saint-Éloi", "hopital-saint-eloi"],
    ["  Example Regional Health  ", "example-regional-health"],
    ["!!!", "organization"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
