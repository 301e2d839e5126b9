import { z } from "zod";
import {
  amountUsd,
  id,
  isoDate,
  isoDateTime,
  longText,
  pageInfo,
  plainText,
  queryInt,
  shortText,
  url,
} from "./common";
import { criticality, ownershipEvent, relationshipStatus, vendorCategory } from "./enums";
import { portfolioTier, riskTier, scoreRange } from "./score";
import { vendorSortFields } from "./values";

export const ownershipChange = z.object({
  event: ownershipEvent,
  /** The other party: the acquirer, the merged company, or the old name. */
  counterparty: shortText,
  date: isoDate.nullable(),
  /** Deal value in US dollars, when public. */
  amountUsd: amountUsd.nullable().default(null),
  note: longText.nullable().default(null),
  sourceUrl: url.nullable().default(null),
});
export type OwnershipChange = z.infer<typeof ownershipChange>;

const nameList = z.array(shortText).max(50).default([]);

export const createVendorInput = z.object({
  name: shortText,
  aliases: nameList,
  /** Names the vendor traded under before, kept so breach records filed under an old name still match. */
  formerNames: nameList,
  website: url.nullable().default(null),
  category: vendorCategory,
  parentCompany: shortText.nullable().default(null),
  ownershipHistory: z.array(ownershipChange).max(50).default([]),
  relationshipStatus: relationshipStatus.default("prospect"),
  criticality: criticality.default("moderate"),
  description: longText.nullable().default(null),
});
export type CreateVendorInput = z.input<typeof createVendorInput>;

/** Every field optional; `null` clears a nullable field. */
export const updateVendorInput = z
  .object({
    name: shortText,
    aliases: z.array(shortText).max(50),
    formerNames: z.array(shortText).max(50),
    website: url.nullable(),
    category: vendorCategory,
    parentCompany: shortText.nullable(),
    ownershipHistory: z.array(ownershipChange).max(50),
    relationshipStatus,
    criticality,
    description: longText.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: "Send at least one field to change" });
export type UpdateVendorInput = z.infer<typeof updateVendorInput>;

export const vendorDto = z.object({
  id,
  name: z.string(),
  aliases: z.array(z.string()),
  formerNames: z.array(z.string()),
  website: z.string().nullable(),
  category: vendorCategory,
  parentCompany: z.string().nullable(),
  ownershipHistory: z.array(ownershipChange),
  relationshipStatus,
  criticality,
  description: z.string().nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type VendorDto = z.infer<typeof vendorDto>;

export const vendorSummaryDto = vendorDto.extend({
  productCount: z.number().int(),
  dataHoldingCount: z.number().int(),
  incidentCount: z.number().int(),
  /** Calendar year of the most recent incident's earliest known date, null without incidents. */
  latestIncidentYear: z.number().int().nullable(),
  /** Latest overall risk score 0 to 100 and its tier; null until the vendor is first scored. */
  riskScore: z.number().int().nullable(),
  /** The overall tier, or `unassessed` (methodology v2); null until the vendor is first scored. */
  riskTier: portfolioTier.nullable(),
  /** The range the overall score could take as missing answers arrive; null before a v2 score. */
  riskRange: scoreRange.nullable(),
  /** Inherent risk tier: what the vendor holds and how much care depends on it; null before a v2 score. */
  inherentTier: riskTier.nullable(),
  /** Priority level (1 act now, 2 act soon, 3 plan, 4 monitor); null before a v2 score. */
  priorityLevel: z.number().int().min(1).max(4).nullable(),
  /** The score is missing or from an older methodology, and a background job is (re)scoring the vendor. */
  riskBeingRescored: z.boolean(),
  /** Overall score points gained (positive: riskier) since the previous snapshot; null before a second one. */
  riskTrend: z.number().int().nullable(),
  /**
   * When the vendor was last assessed: its newest score made because someone changed the vendor or a record
   * under it. Daily ageing and methodology rescoring are not assessments, except that a vendor's first score
   * (seeded or imported records) dates its first assessment. Null until the vendor is scored.
   */
  lastAssessedAt: isoDateTime.nullable(),
  /** The last assessment plus the cadence its inherent-risk tier sets (6 months for Critical, 36 for Low). */
  reassessmentDueOn: isoDate.nullable(),
  /** The reassessment is due before today. */
  reassessmentOverdue: z.boolean(),
});
export type VendorSummaryDto = z.infer<typeof vendorSummaryDto>;

export const vendorSortField = z.enum(vendorSortFields);
export type VendorSortField = z.infer<typeof vendorSortField>;

const csvEnum = <T extends z.ZodEnum>(schema: T) =>
  z
    .union([schema, z.array(schema)])
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .optional();

export const listVendorsQuery = z.object({
  /** Matched against name, aliases and former names, case-insensitively. */
  q: plainText(200).optional(),
  category: csvEnum(vendorCategory),
  status: csvEnum(relationshipStatus),
  criticality: csvEnum(criticality),
  /** Only vendors whose overall risk falls in these tiers (or `unassessed`); a vendor not yet scored matches none. */
  riskTier: csvEnum(portfolioTier),
  /** Only vendors with at least one recorded incident. */
  hasIncidents: z.enum(["true", "false"]).optional(),
  /** Highest priority first unless asked otherwise: the portfolio leads with what needs attention. */
  sort: vendorSortField.default("priority"),
  /** Defaults by field: names A to Z, everything else largest first (see `defaultVendorOrder`). */
  order: z.enum(["asc", "desc"]).optional(),
  page: queryInt(1, 100_000, 1),
  pageSize: queryInt(1, 100, 25),
});
export type ListVendorsQuery = z.infer<typeof listVendorsQuery>;

/** The order a sort field reads best in: names A to Z; scores, counts, criticality and dates largest first. */
export const defaultVendorOrder = (sort: VendorSortField): "asc" | "desc" =>
  sort === "name" ? "asc" : "desc";

const count = z.number().int().min(0);

/**
 * The organization's vendors counted per risk tier (with those not yet scored) and per criticality, for the
 * portfolio's charts. Counted over the whole portfolio, whatever the list's search and filters: the charts show
 * the portfolio, and a chart that changed with every search would stop saying how the hospital stands.
 */
export const vendorFacets = z.object({
  riskTier: z.object({
    unassessed: count,
    low: count,
    moderate: count,
    high: count,
    critical: count,
    unscored: count,
  }),
  criticality: z.object({ low: count, moderate: count, high: count, critical: count }),
});
export type VendorFacets = z.infer<typeof vendorFacets>;

export const vendorListResponse = pageInfo.extend({ items: z.array(vendorSummaryDto), facets: vendorFacets });
export type VendorListResponse = z.infer<typeof vendorListResponse>;
