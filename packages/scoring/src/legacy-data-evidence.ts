import type { CatalogueEntry } from "./catalogue-entry";

/**
 * Vendor-wide evidence keys of legacy-data exposure; the hospital's own holdings are scored in
 * holding-exposure.ts.
 */
export const LEGACY_DATA_EVIDENCE: readonly CatalogueEntry[] = [
  {
    factor: "legacy.unmigrated_data",
    kind: "boolean",
    goodValue: false,
    label: "Data left on systems awaiting migration",
    dimension: "legacyDataExposure",
    group: "unsupportedSystems",
    question:
      "Is any of our data still on older systems waiting to be migrated, and when will those systems be retired?",
    good: "None of the hospital's data is waiting on older systems to be migrated.",
    bad: "Some of the hospital's data still sits on older systems waiting to be migrated.",
    unknown:
      "Ward does not know whether any of the hospital's data is still on older systems waiting to be migrated.",
    whatIf: "Finish migrating and retire the older systems",
    reference: "Oracle Health 2025 (legacy Cerner data-migration servers).",
    appliesWhen: "always",
  },
  {
    factor: "legacy.acquired_systems",
    kind: "boolean",
    goodValue: false,
    label: "Unintegrated acquired systems",
    dimension: "legacyDataExposure",
    group: "acquiredSystems",
    question: "Do systems from companies you acquired still run outside your current security controls?",
    good: "Systems the vendor acquired now run under its current security controls.",
    bad: "Systems the vendor acquired still run outside its current security controls.",
    unknown:
      "Ward does not know whether systems the vendor acquired run under its current security controls.",
    whatIf: "Bring acquired systems under current controls",
    reference:
      "Change Healthcare 2024 (Citrix portal in acquired systems); Oracle's 2022 purchase of Cerner.",
    appliesWhen: "always",
  },
  {
    factor: "encryption.at_rest",
    kind: "coverage",
    scope: "stored copies",
    label: "Encryption at rest",
    dimension: "legacyDataExposure",
    group: "unencrypted",
    question:
      "Is every copy of our data, including backups, archives and migration copies, encrypted at rest?",
    good: "The vendor encrypts every stored copy of the hospital's data, backups included.",
    bad: "The vendor stores some of the hospital's data unencrypted.",
    unknown: "Ward does not know whether the vendor encrypts every stored copy of the hospital's data.",
    whatIf: "Encrypt every stored copy at rest",
    reference:
      "HIPAA 164.312 (encryption); HPH CPG: strong encryption; HIPAA NPRM 2025. Eye Care Leaders 2021.",
    appliesWhen: "always",
  },
  {
    factor: "offboarding.data_destruction_certified",
    kind: "boolean",
    goodValue: true,
    label: "Certified destruction at contract end",
    dimension: "legacyDataExposure",
    group: "keptTooLong",
    question:
      "Will you certify in writing that every copy of our data, backups included, is destroyed when the contract ends?",
    good: "The vendor certifies in writing that the hospital's data is destroyed when a contract ends.",
    bad: "The vendor has not certified that the hospital's data was destroyed after the contract ended.",
    unknown:
      "Ward does not know whether the vendor certifies destruction of the hospital's data when a contract ends.",
    whatIf: "Get a certificate of destruction",
    reference:
      "HIPAA 164.504(e) (return or destroy PHI at termination). Perry Johnson & Associates 2023; AMCA 2019.",
    appliesWhen: "always",
  },
  {
    factor: "inventory.data_locations",
    kind: "boolean",
    goodValue: true,
    label: "Inventory of where data is kept",
    dimension: "legacyDataExposure",
    group: "unknownLocations",
    question: "Can you list every system, backup, archive and migration copy that holds our data?",
    good: "The vendor keeps a list of every system and copy holding the hospital's data.",
    bad: "The vendor cannot list every system and copy holding the hospital's data.",
    unknown:
      "Ward does not know whether the vendor keeps a list of every system and copy holding the hospital's data.",
    whatIf: "Get a full list of data locations",
    reference: "HPH CPG enhanced goal: asset inventory; HIPAA NPRM 2025 (asset inventory and network map).",
    appliesWhen: "always",
  },
];
