import { apiKeyScopeLabels, roleLabels } from "../../labels/access-labels";
import {
  assuranceLabels,
  categoryLabels,
  criticalityLabels,
  destructionAssuranceLabels,
  documentLabels,
  entryRouteLabels,
  environmentLabels,
  hostingLabels,
  migrationLabels,
  originLabels,
  phiLabels,
  statusLabels,
  triStateLabels,
} from "../../labels/enum-labels";
import { formatCount, formatDateTime, formatDay } from "../../labels/format";

/** Fields whose plain-words name is not just their spelled-out key. */
const fieldLabels: Record<string, string> = {
  phiCategories: "PHI categories",
  sourceUrl: "Source URL",
  requireMfa: "Two-factor required",
  twoFactorEnabled: "Two-factor authentication",
  reachableWithCustomerCredentials: "Reachable with our credentials",
  encryptedAtRest: "Encrypted at rest",
  hostingModel: "Hosting",
  productId: "Product",
  vendorId: "Vendor",
  mfaAtEntry: "MFA at entry",
  outageDays: "Outage (days)",
  destructionAssurance: "What backs the destruction",
};

/** Enum fields, read through the same labels the rest of the web uses. */
const valueLabels: Record<string, Record<string, string>> = {
  category: categoryLabels,
  status: statusLabels,
  criticality: criticalityLabels,
  hostingModel: hostingLabels,
  environment: environmentLabels,
  encryptedAtRest: triStateLabels,
  reachableWithCustomerCredentials: triStateLabels,
  migrationStatus: migrationLabels,
  phiCategories: phiLabels,
  entryRoute: entryRouteLabels,
  // Audit events written before the entry route replaced the attack vector keep their old field and values.
  attackVector: { ...entryRouteLabels, ransomware: "Ransomware" },
  mfaAtEntry: triStateLabels,
  legacySystemInvolved: triStateLabels,
  dataTaken: triStateLabels,
  encryptedForExtortion: triStateLabels,
  serviceOutage: triStateLabels,
  origin: originLabels,
  assurance: assuranceLabels,
  document: documentLabels,
  destructionAssurance: destructionAssuranceLabels,
  role: roleLabels,
  scope: apiKeyScopeLabels,
};

/** A field's name in words: `endOfSupport` reads "End of support". */
export function fieldLabel(field: string): string {
  const known = fieldLabels[field];
  if (known) return known;
  const words = field
    .replace(/_/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A field's value as a person reads it: labels for enums, dates formatted, "Not set" for nothing. */
export function formatFieldValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "Not set";
  const labels = valueLabels[field];
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return formatCount(value);
  if (typeof value === "string") {
    if (labels?.[value]) return labels[value];
    if (isoDay.test(value)) return formatDay(value);
    if (isoMoment.test(value)) return formatDateTime(value);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return "None";
    return value
      .map((item) => (typeof item === "string" ? (labels?.[item] ?? item) : JSON.stringify(item)))
      .join(", ");
  }
  return JSON.stringify(value);
}
