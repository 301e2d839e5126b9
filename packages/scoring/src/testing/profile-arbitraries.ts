import {
  consequenceKind,
  criticality,
  destructionAssurance,
  entryRoute,
  evidenceAssurance,
  holdingEnvironment,
  hostingModel,
  incidentDateKind,
  migrationStatus,
  phiCategory,
  relationshipStatus,
  triState,
} from "@ward/contracts";
import fc from "fast-check";
import { EVIDENCE_CATALOGUE } from "../evidence-catalogue";
import { dayNumber } from "../plain-language";
import type { ScoringEvidence, ScoringHolding, ScoringIncident, VendorRiskProfile } from "../types";
import { AS_OF } from "./profile-builders";

const FIRST_DAY = dayNumber("2008-01-01");
const AS_OF_DAY = dayNumber(AS_OF);

/** Test-only: days since 1970 back to an ISO date. */
export function isoFromDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A date on or before `AS_OF`, so shifting it back keeps it in the past. */
export const pastDate = fc.integer({ min: FIRST_DAY, max: AS_OF_DAY }).map(isoFromDay);
/** Any date around `AS_OF`, for fields where the future matters (end of support, retention). */
const anyDate = fc.integer({ min: FIRST_DAY, max: AS_OF_DAY + 2000 }).map(isoFromDay);

const holdingArbitrary = (id: string): fc.Arbitrary<ScoringHolding> =>
  fc.record({
    id: fc.constant(id),
    system: fc.constantFrom("Legacy servers", "Archive", "Cloud"),
    productId: fc.constantFrom(null, "product-0"),
    environment: fc.constantFrom(...holdingEnvironment.options),
    recordCount: fc.option(fc.integer({ min: 0, max: 500_000_000 }), { nil: null }),
    phiCategories: fc.uniqueArray(fc.constantFrom(...phiCategory.options), { maxLength: 6 }),
    encryptedAtRest: fc.constantFrom(...triState.options),
    reachableWithCustomerCredentials: fc.constantFrom(...triState.options),
    migrationStatus: fc.constantFrom(...migrationStatus.options),
    endOfSupport: fc.option(anyDate, { nil: null }),
    retentionEnd: fc.option(anyDate, { nil: null }),
    destroyedOn: fc.option(pastDate, { nil: null, freq: 4 }),
    destructionEvidence: fc.option(fc.constant("Certificate of destruction"), { nil: null }),
    destructionAssurance: fc.option(fc.constantFrom(...destructionAssurance.options), { nil: null }),
  });

// The contract refuses an outage length unless the incident stopped services, so the profiles do too.
const incidentArbitrary = (id: string): fc.Arbitrary<ScoringIncident> =>
  incidentFields(id).map((incident) =>
    incident.serviceOutage === "yes" ? incident : { ...incident, outageDays: null },
  );

const incidentFields = (id: string): fc.Arbitrary<ScoringIncident> =>
  fc.record({
    id: fc.constant(id),
    title: fc.constant(`Incident ${id}`),
    entryRoute: fc.constantFrom(...entryRoute.options),
    mfaAtEntry: fc.constantFrom(...triState.options),
    legacySystemInvolved: fc.constantFrom(...triState.options),
    dataTaken: fc.constantFrom(...triState.options),
    encryptedForExtortion: fc.constantFrom(...triState.options),
    serviceOutage: fc.constantFrom(...triState.options),
    outageDays: fc.option(fc.double({ min: 0, max: 400, noNaN: true }), { nil: null }),
    servicesStopped: fc.uniqueArray(fc.constantFrom("Claims", "EHR", "e-prescribing"), { maxLength: 2 }),
    recordsAffected: fc.option(fc.integer({ min: 0, max: 300_000_000 }), { nil: null }),
    recordsIsPlaceholder: fc.boolean(),
    dataTypes: fc.uniqueArray(fc.constantFrom(...phiCategory.options), { maxLength: 6 }),
    sources: fc.constant([{ id: `${id}:s0`, url: "https://example.org/report" }]),
    dates: fc.array(
      fc.record({
        kind: fc.constantFrom(...incidentDateKind.options),
        date: pastDate,
        sourceId: fc.constantFrom(null, `${id}:s0`),
      }),
      { maxLength: 6 },
    ),
    consequences: fc.array(
      fc.record({ kind: fc.constantFrom(...consequenceKind.options), sourceId: fc.constant(null) }),
      {
        maxLength: 3,
      },
    ),
  });

const evidenceValue = fc.oneof(
  fc.boolean(),
  fc.constantFrom("yes", "no", "unknown", "partial", "never"),
  fc.integer({ min: 0, max: 400 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
);

const evidenceArbitrary: fc.Arbitrary<ScoringEvidence> = fc.record({
  id: fc.uuid(),
  factor: fc.constantFrom(...EVIDENCE_CATALOGUE.map((e) => e.factor), "continuity.backups_restorable"),
  value: evidenceValue,
  observedOn: fc.integer({ min: FIRST_DAY, max: AS_OF_DAY + 400 }).map(isoFromDay),
  sourceUrl: fc.constant(null),
  assurance: fc.constantFrom(...evidenceAssurance.options),
});

/** Small random vendor profiles covering every enum value and the unknowns. */
export const profileArbitrary: fc.Arbitrary<VendorRiskProfile> = fc
  .record({
    holdingCount: fc.integer({ min: 0, max: 4 }),
    incidentCount: fc.integer({ min: 0, max: 3 }),
  })
  .chain(({ holdingCount, incidentCount }) =>
    fc.record({
      vendor: fc.record({
        id: fc.constant("vendor"),
        name: fc.constant("Vendor"),
        criticality: fc.constantFrom(...criticality.options),
        relationshipStatus: fc.constantFrom(...relationshipStatus.options),
      }),
      products: fc.array(
        fc.record({
          id: fc.constant("product-0"),
          name: fc.constant("Product"),
          hostingModel: fc.constantFrom(...hostingModel.options),
          endOfSupport: fc.option(anyDate, { nil: null }),
        }),
        { maxLength: 1 },
      ),
      dataHoldings: fc.tuple(
        ...Array.from({ length: holdingCount }, (_, i) => holdingArbitrary(`holding-${i}`)),
      ),
      incidents: fc.tuple(
        ...Array.from({ length: incidentCount }, (_, i) => incidentArbitrary(`incident-${i}`)),
      ),
      evidence: fc.array(evidenceArbitrary, { maxLength: 25 }),
    }),
  );
