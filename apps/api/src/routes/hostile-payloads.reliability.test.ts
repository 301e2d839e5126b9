import { type Permission, roleCan } from "@ward/contracts";
import { testDatabases } from "@ward/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  hostileBody,
  hostileParam,
  hostileQuery,
  type JsonSchema,
  shapedValue,
  wrongContentType,
} from "../testing/hostile-requests";
import { type Client, openTestApp, type TestApp } from "../testing/test-app";
import type { Access } from "./router";

/** Fixed so a failure can be replayed; set WARD_HOSTILE_SEED to explore others. */
const SEED = Number(process.env.WARD_HOSTILE_SEED ?? 20_260_115);
const REQUESTS = Number(process.env.WARD_HOSTILE_REQUESTS ?? 5_000);
/** Refused writes between two comparisons of the organization's data. */
const CHECK_EVERY = 250;
/** At most this many requests the contract accepts, each followed by a comparison of the data. */
const ACCEPTED_BUDGET = Math.ceil(REQUESTS * 0.03);

interface Operation {
  method: string;
  route: string;
  access: Access;
  body?: JsonSchema;
  queryNames: string[];
  contract: { body?: z.ZodType; params?: z.ZodType };
}

interface Planned {
  op: Operation;
  path: string;
  body?: string;
  contentType?: string;
  attack: string;
}

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        "x-ward-access": Access;
        parameters?: { name: string; in: string }[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** Every documented operation, with the JSON Schema of its body and the zod contract the route validates with. */
function operations(t: TestApp, doc: OpenApiDoc): Operation[] {
  const contracts = new Map<string, Operation["contract"]>();
  for (const def of t.app.openAPIRegistry.definitions) {
    if (def.type !== "route") continue;
    const request = def.route.request;
    contracts.set(`${def.route.method.toUpperCase()} ${def.route.path}`, {
      body: (request?.body?.content["application/json"] as { schema?: unknown } | undefined)?.schema as
        | z.ZodType
        | undefined,
      params: request?.params as unknown as z.ZodType | undefined,
    });
  }
  // better-auth serves the documented /api/auth routes with its own rules (it takes forms as well as JSON); the
  // sign-in, throttle and two-factor tests hold them to those. This suite holds Ward's own routes to their contracts.
  const wardRoutes = Object.entries(doc.paths).filter(([route]) => !route.startsWith("/api/auth/"));
  return wardRoutes.flatMap(([route, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      route,
      access: op["x-ward-access"],
      body: op.requestBody?.content["application/json"]?.schema,
      queryNames: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
      contract: contracts.get(`${method.toUpperCase()} ${route}`) ?? {},
    })),
  );
}

describe.each(testDatabases())("hostile payloads on $name", (database) => {
  let t: TestApp;
  let analyst: Client;
  let ops: Operation[];
  let doc: OpenApiDoc;
  /** Real ids per route prefix, so a hostile body reaches validation of a record that exists. */
  let ids: Record<string, Record<string, string>>;
  let vendorBase: string;

  const post = async (path: string, body: unknown) =>
    (await (await t.request("POST", path, body)).json()) as { id: string };

  beforeAll(async () => {
    t = await openTestApp(database);
    analyst = await t.as("analyst");
    await t.as("viewer");
    const vendor = await post("/api/vendors", { name: "Hostile Target", category: "ehr" });
    vendorBase = `/api/vendors/${vendor.id}`;
    const product = await post(`${vendorBase}/products`, { name: "Archive", hostingModel: "on_premises" });
    const holding = await post(`${vendorBase}/data-holdings`, {
      system: "Old servers",
      environment: "legacy",
    });
    const incident = await post(`${vendorBase}/incidents`, {
      title: "Stolen credentials",
      entryRoute: "stolen_credentials",
      sources: [{ url: "https://example.com/breach", title: "Report" }],
      dates: [{ kind: "vendor_discovery", date: "2025-02-20", source: 0 }],
    });
    const evidence = await post(`${vendorBase}/evidence`, {
      factor: "mfa.remote_access",
      value: false,
      statement: "No MFA on remote access",
      observedOn: "2025-03-01",
    });
    const members = (await (await t.request("GET", "/api/members")).json()) as {
      items: { id: string; role: string }[];
    };
    const invitation = await post("/api/invitations", { email: "hostile@hospital.test", role: "viewer" });
    const key = (await (
      await t.request("POST", "/api/api-keys", { name: "hostile", scope: "read" })
    ).json()) as {
      apiKey: { id: string };
    };
    ids = {
      "/api/vendors/{id}/products": { id: vendor.id, childId: product.id },
      "/api/vendors/{id}/data-holdings": { id: vendor.id, childId: holding.id },
      "/api/vendors/{id}/incidents": { id: vendor.id, childId: incident.id },
      "/api/vendors/{id}/evidence": { id: vendor.id, childId: evidence.id },
      "/api/vendors": { id: vendor.id },
      "/api/members": { id: members.items.find((m) => m.role === "viewer")?.id ?? "" },
      "/api/invitations": { id: invitation.id, token: "inv_not-a-real-token-but-long-enough" },
      "/api/api-keys": { id: key.apiKey.id },
    };
    doc = (await (await t.request("GET", "/api/openapi.json")).json()) as OpenApiDoc;
    ops = operations(t, doc);
  });
  afterAll(() => t.close());

  /** The organization's data as its admin reads it: lists and details of every resource, and the audit count. */
  async function snapshot(): Promise<string> {
    // The lists carry every field of their records, so they stand for the detail reads too.
    const reads = [
      "/api/vendors?pageSize=100",
      `${vendorBase}/products`,
      `${vendorBase}/data-holdings`,
      `${vendorBase}/incidents`,
      `${vendorBase}/evidence`,
      `${vendorBase}/score/history`,
      "/api/members",
      "/api/invitations",
      "/api/api-keys",
      "/api/organization",
      "/api/outbox",
      "/api/audit-events?pageSize=1",
    ];
    const bodies = await Promise.all(
      reads.map(async (path) => [path, await (await t.request("GET", path)).text()]),
    );
    return JSON.stringify(bodies);
  }

  const fill = (route: string, hostile?: string) => {
    const own = Object.entries(ids).find(([prefix]) => route.startsWith(prefix))?.[1] ?? {};
    let replaced = false;
    return route.replace(/\{(\w+)\}/g, (_, name: string) => {
      // One parameter made hostile (the last: the child when there is one), the others real.
      if (
        hostile !== undefined &&
        !replaced &&
        !route.slice(route.lastIndexOf(`{${name}}`) + 1).includes("{")
      ) {
        replaced = true;
        return hostile;
      }
      return own[name] ?? "00000000-0000-4000-8000-000000000000";
    });
  };

  function plan(op: Operation): fc.Arbitrary<Planned> {
    const resolve = (ref: string) => doc.components?.schemas?.[ref.split("/").pop() ?? ""] ?? {};
    const known = Object.values(ids).flatMap((own) => Object.values(own));
    const hasParams = op.route.includes("{");
    const withParam = hostileParam.map((p) => ({
      op,
      path: fill(op.route, p),
      attack: `path parameter ${p.slice(0, 40)}`,
    }));
    if (op.body) {
      const body = hostileBody(op.body, resolve, known).map((b) => ({ op, path: fill(op.route), ...b }));
      const typed = fc
        .tuple(wrongContentType, shapedValue(op.body, resolve, known))
        .map(([contentType, value]) => ({
          op,
          path: fill(op.route),
          body: JSON.stringify(value),
          contentType,
          attack: `content type "${contentType}"`,
        }));
      const param = fc
        .tuple(withParam, shapedValue(op.body, resolve, known))
        .map(([p, value]) => ({ ...p, body: JSON.stringify(value) }));
      return fc.oneof(
        { weight: 8, arbitrary: body },
        { weight: 1, arbitrary: typed },
        ...(hasParams ? [{ weight: 1, arbitrary: param }] : []),
      );
    }
    const query =
      op.queryNames.length > 0
        ? [
            hostileQuery(op.queryNames).map((q) => ({
              op,
              path: `${fill(op.route)}?${q.query}`,
              attack: q.attack,
            })),
          ]
        : [];
    return fc.oneof(...(hasParams ? [withParam] : []), ...query);
  }

  const decoded = (segment: string) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  };

  /** Whether the route's own contract would accept the request: only then may it change anything. */
  function contractAccepts(request: Planned): boolean {
    if (request.contentType !== undefined) return false;
    const { body, params } = request.op.contract;
    const pathValues = request.path.split("?")[0]?.split("/") ?? [];
    const names = [...request.op.route.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
    const templateParts = request.op.route.split("/");
    const paramValues = Object.fromEntries(
      names.map((name) => [name, decoded(pathValues[templateParts.indexOf(`{${name}}`)] ?? "")]),
    );
    if (params && !params.safeParse(paramValues).success) return false;
    if (!body || request.body === undefined) return request.op.method === "GET";
    try {
      // The server decodes the body as the Fetch standard says, which drops a UTF-8 byte order mark.
      return body.safeParse(JSON.parse(request.body.replace(/^\uFEFF/, ""))).success;
    } catch {
      return false;
    }
  }

  /** Changes that would lock the test's own callers out (two-factor required, roles changed) are not hostile. */
  const locksCallersOut = (request: Planned) =>
    ["/api/organization", "/api/members/{id}"].includes(request.op.route);

  it(`answers ${REQUESTS} generated hostile requests without a 5xx and changes nothing when it refuses`, async () => {
    // Routes that take nothing from the caller have nothing to be hostile with.
    const targets = ops.filter((op) => op.body || op.route.includes("{") || op.queryNames.length > 0);
    expect(targets.filter((op) => op.body).length, "JSON routes in the OpenAPI document").toBeGreaterThan(12);
    const sampled = fc.sample(
      fc.oneof(...targets.map((op) => ({ weight: op.body ? 4 : 1, arbitrary: plan(op) }))),
      { seed: SEED, numRuns: Math.ceil(REQUESTS * 1.2) },
    );
    // Requests the route's contract accepts (extra keys, which validation drops; values that turned out valid) may
    // change data, so a bounded number of them run last, each with its own comparison. The budget keeps the run
    // short; it is far above what today's contracts let through, so a contract that starts accepting a hostile
    // value shows up here.
    const accepted = (r: Planned) => r.op.method !== "GET" && contractAccepts(r);
    const mayChange = sampled.filter((r) => accepted(r) && !locksCallersOut(r)).slice(0, ACCEPTED_BUDGET);
    const refused = sampled.filter((r) => !accepted(r)).slice(0, REQUESTS - mayChange.length);
    const requests = [...refused, ...mayChange];
    expect(requests, "enough hostile requests generated").toHaveLength(REQUESTS);

    const replay = `seed ${SEED} (replay with WARD_HOSTILE_SEED=${SEED})`;
    let baseline = await snapshot();
    let window: string[] = [];
    const serverErrors: string[] = [];
    const verifyUnchanged = async () => {
      if (window.length === 0) return;
      const message = `data changed by a refused request among:\n${window.join("\n")}\n${replay}`;
      expect(await snapshot(), message).toBe(baseline);
      window = [];
    };
    for (const request of requests) {
      const changes = accepted(request);
      const who =
        request.op.access.includes(":") && !roleCan("analyst", request.op.access as Permission) ? t : analyst;
      const headers: Record<string, string> =
        request.contentType !== undefined ? { "content-type": request.contentType } : {};
      const res = await who.request(request.op.method, request.path, request.body, headers);
      const label = `${request.op.method} ${request.path.slice(0, 120)} [${request.attack.slice(0, 200)}] -> ${res.status}`;
      if (res.status >= 500) {
        serverErrors.push(label);
        continue;
      }
      if (res.status >= 400) {
        const envelope = (await res.json()) as { error?: { code?: string; requestId?: string } };
        expect(envelope.error?.requestId, `${label}: no error envelope\n${replay}`).toBe(
          res.headers.get("x-request-id"),
        );
      }
      if (request.contentType !== undefined) expect(res.status, `${label}\n${replay}`).toBe(415);
      if (request.op.method === "GET") continue;
      if (changes && res.status < 300) {
        baseline = await snapshot();
        continue;
      }
      if (!changes) {
        const message = `${label}: the contract refuses this request, the API did not\n${replay}`;
        expect(res.status, message).toBeGreaterThanOrEqual(400);
      }
      window.push(label);
      if (window.length >= CHECK_EVERY || changes) await verifyUnchanged();
    }
    await verifyUnchanged();
    expect(serverErrors.slice(0, 30), `${serverErrors.length} requests answered 5xx; ${replay}`).toEqual([]);
  });
});
