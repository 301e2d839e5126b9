import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criticality, relationshipStatus, vendorCategory } from "./enums";
import { errorCode, errorEnvelope } from "./errors";
import { riskTier } from "./score";
import {
  criticalities,
  errorCodes,
  isOneOf,
  readErrorEnvelope,
  relationshipStatuses,
  riskTiers,
  vendorCategories,
  vendorSortFields,
} from "./values";
import { vendorSortField } from "./vendor";

describe("zod-free value lists", () => {
  it("are the very lists the schemas accept", () => {
    expect(vendorCategory.options).toEqual([...vendorCategories]);
    expect(relationshipStatus.options).toEqual([...relationshipStatuses]);
    expect(criticality.options).toEqual([...criticalities]);
    expect(riskTier.options).toEqual([...riskTiers]);
    expect(vendorSortField.options).toEqual([...vendorSortFields]);
    expect(errorCode.options).toEqual([...errorCodes]);
  });

  it("isOneOf accepts a listed value and nothing else", () => {
    expect(isOneOf(criticalities, "high")).toBe(true);
    expect(isOneOf(criticalities, "High")).toBe(false);
    expect(isOneOf(criticalities, "")).toBe(false);
    expect(isOneOf(criticalities, null)).toBe(false);
    expect(isOneOf(criticalities, ["high"])).toBe(false);
  });
});

/** Bodies near the envelope's shape, with each field sometimes missing or of the wrong type. */
const field = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: good, weight: 30 },
    fc.constant(undefined),
    fc.integer(),
    fc.constant(null),
    fc.string(),
    fc.array(fc.string()),
  );
const nearEnvelope = fc.record(
  {
    error: fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record(
          {
            code: field(fc.constantFrom(...errorCodes, "TEAPOT")),
            message: field(fc.string()),
            requestId: field(fc.uuid()),
            issues: field(
              fc.array(
                fc.oneof(fc.record({ path: field(fc.string()), message: field(fc.string()) }), fc.integer()),
                { maxLength: 3 },
              ),
            ),
            reason: field(fc.string()),
          },
          { requiredKeys: ["code", "message", "requestId"] },
        ),
      },
      fc.anything(),
    ),
  },
  { requiredKeys: ["error"] },
);

describe("readErrorEnvelope", () => {
  it("reads a well-formed envelope", () => {
    const body = {
      error: {
        code: "VALIDATION_FAILED",
        message: "Check the fields",
        requestId: "r-1",
        issues: [{ path: "name", message: "Required" }],
      },
    };
    expect(readErrorEnvelope(body)).toEqual(body.error);
  });

  it("refuses what is not Ward's envelope", () => {
    for (const body of [
      null,
      "Bad gateway",
      [],
      { error: "x" },
      { error: { code: "TEAPOT", message: "", requestId: "" } },
    ]) {
      expect(readErrorEnvelope(body)).toBeNull();
    }
  });

  it("gives the same answer as the zod schema on 2,000 generated bodies", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: nearEnvelope }, fc.anything()), (body) => {
        const parsed = errorEnvelope.safeParse(body);
        if (parsed.success) accepted++;
        expect(readErrorEnvelope(body)).toEqual(parsed.success ? parsed.data.error : null);
      }),
      { numRuns: 2000 },
    );
    // Both answers occur often enough for the comparison to mean something.
    expect(accepted).toBeGreaterThan(200);
  });
});
