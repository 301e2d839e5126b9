// @ts-nocheck
import { scoreVendor } from "./score-vendor";
import { AS_OF, buildEvidence, buildHolding, buildIncident, buildProfile } from "./testing/profile-builders";
import { goodEvidence } from "./testing/score-lookups";

const show = (name, p) => {
  const s = scoreVendor(p, {}, AS_OF);
  console.log(
    name,
    JSON.stringify({
      o: s.overall.score,
      t: s.overall.tier,
      st: s.overall.state,
      cov: s.overall.coverage,
      conf: s.overall.confidence,
      r: s.overall.range,
      l: s.dimensions.legacyDataExposure.score,
      c: s.dimensions.credentialHygiene.score,
      b: s.dimensions.breachHistory.score,
      pr: s.priority.label,
      inh: s.inherent.tier,
    }),
  );
  return s;
};
show("blank", buildProfile());
const good = show(
  "good verified",
  buildProfile({ evidence: goodEvidence(), dataHoldings: [buildHolding()] }),
);
show(
  "good self",
  buildProfile({
    evidence: goodEvidence().map((e) => ({ ...e, assurance: "self_attested" })),
    dataHoldings: [buildHolding()],
  }),
);
const arch = buildHolding({
  id: "a",
  environment: "archive",
  recordCount: 2_000_000,
  reachableWithCustomerCredentials: "yes",
  endOfSupport: "2020-01-01",
});
show("archive 2M", buildProfile({ dataHoldings: [arch] }));
show(
  "archive 2x1M",
  buildProfile({
    dataHoldings: [
      { ...arch, recordCount: 1_000_000 },
      { ...arch, id: "b", recordCount: 1_000_000 },
    ],
  }),
);
const big = show("incident", buildProfile({ incidents: [buildIncident({ recordsAffected: 192_700_000 })] }));
for (const d of ["legacyDataExposure", "credentialHygiene", "breachHistory"])
  console.log(
    d,
    big.dimensions[d].contributions
      .filter((c) => c.points > 0)
      .map((c) => `${c.points} ${c.factorId} ${c.basis}: ${c.explanation}`)
      .join("\n  "),
  );
