import type { RouteObject } from "react-router";
import { describe, expect, it } from "vitest";
import { routes } from "./routes";

function flatten(list: RouteObject[]): RouteObject[] {
  return list.flatMap((route) => [route, ...flatten(route.children ?? [])]);
}

describe("the app's routes", () => {
  it("every page is a lazy chunk, so no page carries another's code on a first visit", () => {
    const all = flatten(routes);
    expect(all.length).toBeGreaterThan(15);
    for (const route of all) {
      const name = route.index ? "index" : route.path;
      expect({ name, lazy: typeof route.lazy }).toEqual({ name, lazy: "function" });
      expect({ name, element: route.element }).toEqual({ name, element: undefined });
    }
  });

  it("a lazy page draws its page, behind its permission where it has one", async () => {
    const jobs = flatten(routes).find((route) => route.path === "jobs");
    if (typeof jobs?.lazy !== "function") throw new Error("the jobs page is not a lazy route");
    const load = jobs.lazy as () => Promise<{ element: { props: { permission?: string } } }>;
    const loaded = await load();
    expect(loaded.element.props.permission).toBe("settings:manage");
  });
});
