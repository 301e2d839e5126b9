import { describe, expect, it } from "vitest";
import { initialFiles, type Manifest, weightTable } from "./web-bundle";

const manifest: Manifest = {
  "index.html": {
    file: "assets/index-1.js",
    isEntry: true,
    imports: ["_react-2.js"],
  },
  "_react-2.js": { file: "assets/react-2.js" },
  "_core-3.js": { file: "assets/core-3.js", imports: ["_react-2.js"] },
  "_charts-4.js": { file: "assets/charts-4.js", imports: ["_core-3.js"] },
  "_styles-5.css": { file: "assets/styles-5.css" },
  "src/pages/sign-in.tsx": { file: "assets/sign-in-6.js", imports: ["_core-3.js", "_styles-5.css"] },
  "src/pages/vendor.tsx": { file: "assets/vendor-7.js", imports: ["_core-3.js", "_charts-4.js"] },
};

describe("the web bundle benchmark", () => {
  it("counts the entry, the route's chunk and what they import, each file once", () => {
    expect(initialFiles(manifest, ["src/pages/sign-in.tsx"])).toEqual([
      "assets/core-3.js",
      "assets/index-1.js",
      "assets/react-2.js",
      "assets/sign-in-6.js",
    ]);
  });

  it("leaves out a library only another route imports", () => {
    expect(initialFiles(manifest, ["src/pages/sign-in.tsx"])).not.toContain("assets/charts-4.js");
    expect(initialFiles(manifest, ["src/pages/vendor.tsx"])).toContain("assets/charts-4.js");
  });

  it("adds nothing for a module bundled into the entry", () => {
    expect(initialFiles(manifest, ["src/app/app-layout.tsx"])).toEqual([
      "assets/index-1.js",
      "assets/react-2.js",
    ]);
  });

  it("marks a route over the target", () => {
    const table = weightTable(
      [
        { route: "/light", files: 2, raw: 300_000, gzip: 90_000, brotli: 80_000, firstVisit: true },
        { route: "/heavy", files: 5, raw: 1_600_000, gzip: 470_000, brotli: 400_000, firstVisit: true },
        { route: "/later", files: 5, raw: 1_600_000, gzip: 470_000, brotli: 400_000 },
      ],
      250_000,
    );
    expect(table).toMatch(/`\/light`.*\| under 250\.0 kB \|/);
    expect(table).toMatch(/`\/heavy`.*\| \*\*over\*\* 250\.0 kB \|/);
    // A page opened later in a visit is reported, not held against the first-visit target.
    expect(table).toMatch(/`\/later`.*\| — \|/);
  });
});
