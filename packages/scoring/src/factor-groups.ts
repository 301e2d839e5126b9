import type { DimensionId } from "./types";

/**
 * A weakness the method charges once per dimension. Several factors can measure it (a vendor's answer, a recorded
 * holding, an incident); the group costs its weight times the risk of the worst of them, never their sum, so one
 * fact seen three ways is charged once. Each dimension's weights total 100, so a dimension's score does not depend
 * on how many questions it happens to ask.
 */
export interface FactorGroup {
  id: string;
  dimension: DimensionId;
  label: string;
  /** Points the group costs at its worst. */
  weight: number;
  /** What the group measures, for the methodology. */
  about: string;
}

export const FACTOR_GROUPS = {
  // Legacy-data exposure.
  unsupportedSystems: {
    id: "legacy.unsupported_systems",
    dimension: "legacyDataExposure",
    label: "Data on systems past support or awaiting migration",
    weight: 30,
    about:
      "Copies on software past its end of support or waiting for an unfinished migration, a product past end of support, an incident that went through an older system, and the vendor's answer on unmigrated data.",
  },
  loginReach: {
    id: "legacy.login_reach",
    dimension: "legacyDataExposure",
    label: "Old copies reachable with hospital logins",
    weight: 20,
    about: "Copies outside production that the hospital's own staff accounts can still reach.",
  },
  unencrypted: {
    id: "legacy.unencrypted",
    dimension: "legacyDataExposure",
    label: "Copies not encrypted at rest",
    weight: 15,
    about: "Copies stored without encryption, and the vendor's answer on encryption at rest.",
  },
  keptTooLong: {
    id: "legacy.kept_too_long",
    dimension: "legacyDataExposure",
    label: "Data kept past its time",
    weight: 20,
    about:
      "Copies kept past their retention date or by a former vendor, destruction claimed without proof, and the vendor's commitment to certify destruction.",
  },
  unknownLocations: {
    id: "legacy.unknown_locations",
    dimension: "legacyDataExposure",
    label: "Where the data sits",
    weight: 10,
    about: "Whether the hospital's inventory records any copy, and whether the vendor can list every copy.",
  },
  acquiredSystems: {
    id: "legacy.acquired_systems",
    dimension: "legacyDataExposure",
    label: "Acquired systems outside current controls",
    weight: 5,
    about: "Systems from acquisitions still run outside the vendor's current controls.",
  },
  // Credential hygiene.
  loginTakeover: {
    id: "credentials.login_takeover",
    dimension: "credentialHygiene",
    label: "Logins a stolen password opens",
    weight: 34,
    about:
      "Remote access, support access and the hospital's own logins without multifactor authentication, and attacks that got in with stolen, reused or phished passwords (full for two years, half at five, gone at six).",
  },
  privilegedAccounts: {
    id: "credentials.privileged_accounts",
    dimension: "credentialHygiene",
    label: "Administrator and staff accounts without MFA",
    weight: 18,
    about: "Multifactor authentication for the vendor's administrators and for its whole workforce.",
  },
  phishableMfa: {
    id: "credentials.phishable_mfa",
    dimension: "credentialHygiene",
    label: "MFA that phishing defeats",
    weight: 10,
    about: "Whether the vendor's multifactor authentication resists phishing.",
  },
  sharedAccounts: {
    id: "credentials.shared_accounts",
    dimension: "credentialHygiene",
    label: "Shared accounts",
    weight: 12,
    about: "Accounts several people sign in to, so no action can be traced to a person.",
  },
  lingeringAccess: {
    id: "credentials.lingering_access",
    dimension: "credentialHygiene",
    label: "Access that outlives the person",
    weight: 14,
    about:
      "How quickly access ends when someone leaves: automated deprovisioning, days to revoke, single sign-on for the hospital's users.",
  },
  secrets: {
    id: "credentials.secrets",
    dimension: "credentialHygiene",
    label: "Secrets and leaked passwords",
    weight: 12,
    about: "Rotation of keys and service passwords, and monitoring for leaked credentials.",
  },
  // Breach history.
  dataTaken: {
    id: "breach.data_taken",
    dimension: "breachHistory",
    label: "Patient data taken",
    weight: 35,
    about:
      "The worst incident in which data was copied out, by its size against the HHS OCR history, the sensitivity of the data and its age.",
  },
  outage: {
    id: "breach.outage",
    dimension: "breachHistory",
    label: "Services stopped",
    weight: 15,
    about: "The worst incident that stopped services the hospital relies on, by how long and how recently.",
  },
  detection: {
    id: "breach.detection",
    dimension: "breachHistory",
    label: "Time attackers went unnoticed",
    weight: 10,
    about: "Days from intrusion to the vendor's discovery, in the worst recent incident.",
  },
  disclosure: {
    id: "breach.disclosure",
    dimension: "breachHistory",
    label: "Slow or incomplete disclosure",
    weight: 15,
    about:
      "Days from discovery to the vendor's notice, placeholder counts filed instead of real ones, and the vendor's notification commitments.",
  },
  regulatory: {
    id: "breach.regulatory",
    dimension: "breachHistory",
    label: "Regulator action and settlements",
    weight: 5,
    about: "Penalties, settlements and lawsuits that followed an incident.",
  },
  repeatedRoute: {
    id: "breach.repeated_route",
    dimension: "breachHistory",
    label: "Same entry route used again",
    weight: 5,
    about: "Attackers getting in the same way twice, a sign the weakness was not fixed.",
  },
  unrecorded: {
    id: "breach.unrecorded",
    dimension: "breachHistory",
    label: "Incidents not on record",
    weight: 15,
    about:
      "Whether the record of incidents is complete: the vendor's written incident history, or a public-record check.",
  },
} as const satisfies Record<string, FactorGroup>;

export type FactorGroupKey = keyof typeof FACTOR_GROUPS;

/** Every group, in the order of the methodology's table. */
export const FACTOR_GROUP_LIST: readonly FactorGroup[] = Object.values(FACTOR_GROUPS);

const byDimension: Readonly<Record<DimensionId, readonly FactorGroup[]>> = {
  legacyDataExposure: FACTOR_GROUP_LIST.filter((group) => group.dimension === "legacyDataExposure"),
  credentialHygiene: FACTOR_GROUP_LIST.filter((group) => group.dimension === "credentialHygiene"),
  breachHistory: FACTOR_GROUP_LIST.filter((group) => group.dimension === "breachHistory"),
};

/** The groups of one dimension, in the order of the methodology's table. */
export function groupsOf(dimension: DimensionId): readonly FactorGroup[] {
  return byDimension[dimension];
}

/**
 * Position of each group among its dimension's groups, so a dimension keeps its groups in an array. Kept on the
 * group object itself: a keyed lookup per factor scored was a measurable share of scoring a portfolio.
 */
const POSITION = Symbol("position in its dimension");
for (const groups of Object.values(byDimension)) {
  for (let i = 0; i < groups.length; i++) (groups[i] as FactorGroup & { [POSITION]?: number })[POSITION] = i;
}

export function positionInDimension(group: FactorGroup): number {
  return (group as FactorGroup & { [POSITION]: number })[POSITION];
}
