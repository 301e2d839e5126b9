import fc from "fast-check";

/** The part of JSON Schema (as the OpenAPI document writes Ward's contracts) that generation reads. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
}

/** Values that have broken, or could break, something below validation: storage, coercion, or the engine. */
const hostileValues: [string, unknown][] = [
  ["NUL", "before\u0000after"],
  ["NUL alone", "\u0000"],
  ["lone high surrogate", "x\uD800"],
  ["lone low surrogate", "\uDC00x"],
  ["year 0000", "0000-01-01"],
  ["year 0000 instant", "0000-01-01T00:00:00Z"],
  ["year 9999", "9999-12-31"],
  ["impossible date", "2025-02-30"],
  ["huge number", 1e308],
  ["past int32", 2 ** 31],
  ["past safe integer", 2 ** 53 + 2],
  ["negative", -1],
  ["negative huge", -1e308],
  ["fraction", 0.5],
  ["negative zero", -0],
  ["true", true],
  ["null", null],
  ["empty string", ""],
  ["blank", "   \t\n"],
  ["long string", "x".repeat(10_000)],
  ["long unicode string", "😀".repeat(3_000)],
  ["empty object", {}],
  ["empty array", []],
  ["array of NUL", ["\u0000"]],
  ["nested object", { a: { b: { c: [1, { d: "\u0000" }] } } }],
  ["deep array", JSON.parse(`${"[".repeat(500)}${"]".repeat(500)}`)],
  ["prototype key", JSON.parse('{"__proto__":{"admin":true},"constructor":{"prototype":{}}}')],
  ["sql", "' OR 1=1; DROP TABLE vendor; --"],
  ["html", "<script>alert(1)</script>"],
  ["not a uuid", "00000000-0000-0000-0000-00000000000g"],
  ["nil uuid", "00000000-0000-0000-0000-000000000000"],
  ["number as text", "12"],
  ["NaN text", "NaN"],
  ["Infinity text", "Infinity"],
];

const hostileValue = fc.oneof(
  fc.constantFrom(...hostileValues),
  fc.string({ unit: "binary", maxLength: 30 }).map((s): [string, unknown] => ["random text", s]),
  fc.double().map((n): [string, unknown] => ["random number", n]),
  fc.integer().map((n): [string, unknown] => ["random integer", n]),
);

/** Bodies that are not the object a route expects, or not JSON at all. */
const hostileRawBodies: [string, string][] = [
  ["invalid JSON", "{ not json"],
  ["truncated JSON", '{"name": "Trunc'],
  ["NUL byte in JSON", '{"name": "a\u0000b"}'],
  ["escaped NUL", '{"name": "a\\u0000b"}'],
  ["escaped lone surrogate", '{"name": "\\ud800"}'],
  ["byte order mark", '\uFEFF{"name": "bom"}'],
  ["duplicate keys", '{"name": "first", "name": "\\u0000"}'],
  ["JSON array", "[]"],
  ["JSON string", '"vendor"'],
  ["JSON null", "null"],
  ["JSON number", "1e400"],
  ["empty body", ""],
  ["deep nesting", `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
  ["deep objects", `${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}`],
  ["NaN literal", '{"recordCount": NaN}'],
];

const wrongContentTypes = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "application/jsonx",
  "json",
  "",
];

/** Path parameters that name no record, or are not ids at all. */
const hostileParams = [
  "not-a-uuid",
  "%00",
  "00000000-0000-4000-8000-000000000000",
  "00000000-0000-0000-0000-00000000000g",
  "..%2F..%2Fapi%2Fmembers",
  "%ED%A0%80",
  "' OR 1=1 --",
  "x".repeat(5_000),
  "%F0%9F%98%80",
  "-1",
  "1e400",
];

/** Query values: NUL, junk numbers, unknown enum values, and far too much of everything. */
const hostileQueryValues = [
  "%00",
  "a%00b",
  "-1",
  "0",
  "1.5",
  "NaN",
  "Infinity",
  "1e400",
  "99999999999999999999",
  "0000-01-01",
  "0000-01-01T00:00:00Z",
  "spaceship",
  "x".repeat(3_000),
  "%ED%A0%80",
  "true",
  "",
];

type Resolve = (ref: string) => JsonSchema;

/** Values shaped like the schema, most of them valid: the base into which a hostile value is put. */
export function shapedValue(schema: JsonSchema, resolve: Resolve, ids: string[]): fc.Arbitrary<unknown> {
  if (schema.$ref) return shapedValue(resolve(schema.$ref), resolve, ids);
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return fc.oneof(...options.map((o) => shapedValue(o, resolve, ids)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "object"];
  return fc.oneof(...types.map((type) => shapedOfType(type, schema, resolve, ids)));
}

function shapedOfType(
  type: string,
  schema: JsonSchema,
  resolve: Resolve,
  ids: string[],
): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 1_000_000, 1_000_000) });
    case "number":
      return fc.double({ min: schema.minimum ?? 0, max: 1e9, noNaN: true });
    case "array":
      return fc.array(schema.items ? shapedValue(schema.items, resolve, ids) : fc.string(), {
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    case "object": {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [key, shapedValue(value, resolve, ids)]),
      );
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
    }
    default:
      return shapedString(schema, ids);
  }
}

function shapedString(schema: JsonSchema, ids: string[]): fc.Arbitrary<string> {
  switch (schema.format) {
    case "uuid":
      return ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
    case "date":
      return fc
        .date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case "date-time":
      return fc
        .date({ min: new Date("1990-01-01"), max: new Date("2100-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString());
    case "email":
      return fc.emailAddress();
    case "uri":
      return fc.webUrl({ validSchemes: ["https"] });
  }
  if (schema.pattern) return fc.constantFrom("mfa.remote_access", "legacy.migration_complete");
  return fc.string({
    minLength: Math.max(schema.minLength ?? 0, 1),
    maxLength: Math.min(schema.maxLength ?? 40, 40),
  });
}

/** Every place in a JSON value, as a list of keys from the root. */
function placesIn(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => placesIn(v, [...at, i]))];
  if (value !== null && typeof value === "object")
    return [at, ...Object.entries(value).flatMap(([k, v]) => placesIn(v, [...at, k]))];
  return [at];
}

function replaceAt(value: unknown, at: (string | number)[], replacement: unknown): unknown {
  if (at.length === 0) return replacement;
  const [head, ...rest] = at as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

/**
 * A valid-shaped body, as JSON text, with hostile values put in, keys added, or the whole body swapped for a
 * hostile value or for text that is not JSON.
 */
export function hostileBody(schema: JsonSchema, resolve: Resolve, ids: string[]) {
  const base = shapedValue(schema, resolve, ids);
  const substituted = fc
    .tuple(base, fc.array(hostileValue, { minLength: 1, maxLength: 3 }), fc.nat())
    .map(([body, values, pick]) => {
      const places = placesIn(body).filter((p) => p.length > 0);
      let result = body;
      const names: string[] = [];
      values.forEach(([name, value], i) => {
        const place = places[(pick + i * 7) % Math.max(places.length, 1)] ?? ["extra"];
        result = replaceAt(result, place, value);
        names.push(`${name} at ${place.join(".")}`);
      });
      return { body: JSON.stringify(result), attack: names.join(", ") };
    });
  const extraKey = fc
    .tuple(base, hostileValue, fc.string({ maxLength: 20 }))
    .map(([body, [name, value], key]) => ({
      body: JSON.stringify(
        typeof body === "object" && body !== null ? { ...body, [key || "extra"]: value } : body,
      ),
      attack: `extra key ${JSON.stringify(key)} holding ${name}`,
    }));
  const swapped = hostileValue.map(([name, value]) => ({
    body: JSON.stringify(value),
    attack: `whole body ${name}`,
  }));
  const raw = fc
    .constantFrom(...hostileRawBodies)
    .map(([name, text]) => ({ body: text, attack: `raw ${name}` }));
  return fc.oneof(
    { weight: 12, arbitrary: substituted },
    { weight: 1, arbitrary: extraKey },
    { weight: 2, arbitrary: swapped },
    { weight: 2, arbitrary: raw },
  );
}

/** A JSON body sent with a content type that is not JSON, or none. */
export const wrongContentType = fc.constantFrom(...wrongContentTypes);

export const hostileParam = fc.constantFrom(...hostileParams);

/** A query string of hostile values for the route's parameters, some repeated, some unknown. */
export function hostileQuery(names: string[]) {
  const pair = fc.tuple(
    fc.constantFrom(...names, "unknown", "__proto__"),
    fc.constantFrom(...hostileQueryValues),
  );
  return fc
    .array(pair, { minLength: 1, maxLength: 4 })
    .map((pairs) => ({ query: pairs.map(([k, v]) => `${k}=${v}`).join("&"), attack: "hostile query" }));
}
