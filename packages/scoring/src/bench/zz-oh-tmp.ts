import { DEMO_VENDORS, parseDemoPortfolio } from "@ward/db/seed-content";
import { profileFromSeed } from "/work/main/packages/scoring/src/testing/seed-profiles";
import { scoreVendor, suggestWhatIfs } from "/work/main/packages/scoring/src/index";
const parsed = parseDemoPortfolio(DEMO_VENDORS);
const oh = parsed.find((v) => v.seedKey.includes("oracle"))!;
const p = profileFromSeed(oh);
const s = scoreVendor(p, {}, "2026-06-01");
console.log(JSON.stringify(s.overall), s.inherent.tier, s.inherent.reassessmentMonths);
for (const d of Object.values(s.dimensions)) { console.log("==", d.label, d.score, d.tier, d.confidence); for (const c of d.contributions) console.log("  ", c.points, c.factorId, c.source.kind, c.source.url ? "url" : "", c.question ? "Q" : "", "|", c.label); }
console.log(suggestWhatIfs(p, "2026-06-01").map(s => [s.label, s.deltas.overall]));
