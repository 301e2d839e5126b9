/** One chunk of Vite's build manifest (`dist/.vite/manifest.json`), the fields the benchmark reads. */
export interface ManifestChunk {
  /** The emitted file, relative to the build folder (`assets/index-abc123.js`). */
  file: string;
  isEntry?: boolean;
  /** Manifest keys of the chunks this one imports statically: the browser loads them before it runs. */
  imports?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** A route of the web app and the source modules its page needs, which may be lazy chunks of their own. */
export interface RouteModules {
  route: string;
  /** Source paths relative to apps/web (`src/pages/sign-in/sign-in-page.tsx`). */
  modules: string[];
  /** Held against the first-visit target: the pages people land on first (sign-in, then the portfolio). */
  firstVisit?: boolean;
}

/**
 * The routes the benchmark reports. A module bundled into the entry has no manifest key of its own and so adds
 * nothing; the benchmark checks each path exists, so a renamed page cannot silently drop out of the figures.
 */
export const webRoutes: RouteModules[] = [
  { route: "/sign-in", modules: ["src/pages/sign-in/sign-in-page.tsx"], firstVisit: true },
  { route: "/invitations/:token", modules: ["src/pages/invitation/invitation-page.tsx"] },
  {
    route: "/ (portfolio)",
    modules: ["src/app/app-layout.tsx", "src/pages/portfolio/portfolio-page.tsx"],
    firstVisit: true,
  },
  { route: "/vendors/:id", modules: ["src/app/app-layout.tsx", "src/pages/vendor/vendor-page.tsx"] },
  {
    route: "/vendors/:id/incidents/new",
    modules: ["src/app/app-layout.tsx", "src/pages/incident-form/new-incident-page.tsx"],
  },
  { route: "/audit", modules: ["src/app/app-layout.tsx", "src/pages/audit/audit-page.tsx"] },
  {
    route: "/account/security",
    modules: ["src/app/app-layout.tsx", "src/pages/account/security-page.tsx"],
  },
];

/** The manifest key of the HTML entry, the one chunk every route loads. */
export function entryKey(manifest: Manifest): string {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries.length}`);
  return entries[0] as string;
}

/**
 * The JavaScript files a route loads before its page can draw: the entry, the route's own lazy chunks, and every
 * chunk those import statically. Dynamic imports are left out: they load later, when something asks for them.
 */
export function initialFiles(manifest: Manifest, modules: string[]): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) return;
    seen.add(key);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey(manifest));
  for (const module of modules) visit(module);
  return [...seen]
    .map((key) => (manifest[key] as ManifestChunk).file)
    .filter((file) => file.endsWith(".js"))
    .sort();
}

export interface RouteWeight {
  route: string;
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
  /** Whether the first-visit target applies (see `RouteModules.firstVisit`). */
  firstVisit?: boolean;
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * The benchmark's markdown table: one row per route, the gzip figure of a first-visit route held against the
 * target; other routes are reported for comparison only.
 */
export function weightTable(rows: RouteWeight[], gzipTarget: number): string {
  const lines = [
    "| route | files | raw | gzip | brotli | gzip target |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| \`${r.route}\` | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} | ` +
        `${r.firstVisit ? `${r.gzip < gzipTarget ? "under" : "**over**"} ${kb(gzipTarget)}` : "—"} |`,
    ),
  ];
  return lines.join("\n");
}
