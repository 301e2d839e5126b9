// @ts-nocheck
import { scoreVendor } from "./score-vendor";
import { SEED_AS_OF, SEED_PROFILES } from "./testing/seed-profiles";

for (const [key, p] of SEED_PROFILES) {
  const s = scoreVendor(p, {}, SEED_AS_OF);
  const d = s.dimensions;
  console.log(
    key.padEnd(34),
    s.overall.score,
    s.overall.tier,
    s.overall.state,
    "cov",
    s.overall.coverage,
    "conf",
    s.overall.confidence,
    "range",
    s.overall.range.low + "-" + s.overall.range.high,
    "| L",
    d.legacyDataExposure.score,
    "C",
    d.credentialHygiene.score,
    "B",
    d.breachHistory.score,
    "| inh",
    s.inherent.tier,
    "|",
    s.priority.label,
  );
}
const key = process.argv[2];
if (key) {
  const s = scoreVendor(SEED_PROFILES.get(key), {}, SEED_AS_OF);
  for (const d of Object.values(s.dimensions)) {
    console.log("==", d.label, d.score, d.range, "cov", d.coverage, d.contradictions.length);
    for (const c of d.contributions)
      console.log(`  ${c.points} [${c.group}/${c.basis}] ${c.factorId}: ${c.explanation}`);
  }
}
