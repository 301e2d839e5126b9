/**
 * The entity types and actions the API records today, for the filters' pick lists. The server stores free
 * text, so the action box still accepts anything typed.
 */
export const entityTypeLabels: Record<string, string> = {
  vendor: "Vendor",
  product: "Product",
  data_holding: "Data holding",
  incident: "Incident",
  evidence: "Evidence",
  member: "Member",
  invitation: "Invitation",
  api_key: "API key",
  organization: "Organization",
  account: "Own account",
};

const verbs: Record<string, string[]> = {
  vendor: ["create", "update", "delete", "seed"],
  product: ["create", "update", "delete"],
  data_holding: ["create", "update", "delete"],
  incident: ["create", "update", "delete"],
  evidence: ["create", "update", "delete"],
  member: ["create", "join", "update", "delete"],
  invitation: ["create", "revoke"],
  api_key: ["create", "revoke"],
  organization: ["update"],
  account: ["update", "password_change", "two_factor_enable", "two_factor_disable"],
};

export const knownActions: string[] = Object.entries(verbs).flatMap(([entity, list]) =>
  list.map((verb) => `${entity}.${verb}`),
);

export const entityTypeOptions = Object.entries(entityTypeLabels).map(([value, label]) => ({ value, label }));

/** Top-level fields whose value differs between the two sides of a change. */
export function changedFields(before: unknown, after: unknown): string[] {
  const fields = (value: unknown) =>
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  const a = fields(before);
  const b = fields(after);
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}
