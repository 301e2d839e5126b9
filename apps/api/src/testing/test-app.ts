import { randomUUID } from "node:crypto";
import type { ApiKeyScope, Role } from "@ward/contracts";
import { type DbHandle, insertOrganization } from "@ward/db";
import type { TestDatabase } from "@ward/db/testing";
import pino from "pino";
import { createApp } from "../app";
import { createAuth } from "../auth/better-auth";
import { JOBS, schedules } from "../jobs/catalogue";
import { provisionMember } from "../services/accounts";
import type { JobsControl } from "../services/background-jobs";
import type { Clock } from "../services/context";
import { createMailer } from "../services/mail";

export const TEST_PUBLIC_URL = "http://ward.test";
export const TEST_PASSWORD = "correct horse battery staple";

/** A clock that stands still unless a test moves it, so timestamps in assertions are exact. */
export function fixedClock(
  iso = "2026-01-15T12:00:00.000Z",
): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(iso);
  return {
    now: () => new Date(now),
    set: (next) => {
      now = new Date(next);
    },
    advance: (ms) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

type Headers = Record<string, string>;

export interface Client {
  request(method: string, path: string, body?: unknown, headers?: Headers): Promise<Response>;
  userId: string | null;
  email: string | null;
}

export interface TestApp extends Client {
  handle: DbHandle;
  organizationId: string;
  clock: ReturnType<typeof fixedClock>;
  /** The application itself, for tests that read its route definitions (the contracts behind each route). */
  app: ReturnType<typeof createApp>["app"];
  /** Requests with no credentials. */
  anonymous: Client;
  /** A new member of this organization with `role`, signed in. */
  as(role: Role): Promise<Client>;
  /** A client using a new API key of this organization. */
  withApiKey(scope: ApiKeyScope): Promise<Client>;
  /** Signs `email` in and returns the response (for sign-in tests). */
  signIn(email: string, password: string): Promise<Response>;
  /** Another organization on the same database, with its own admin, to prove tenants cannot see each other. */
  otherTenant(): Promise<TestApp>;
  close(): Promise<void>;
}

function cookiesFrom(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** The jobs page's view of the runner when a test starts none: the declared jobs, and no retrying. */
const noJobRunner: JobsControl = {
  jobs: JOBS,
  schedules: schedules(),
  retry: async () => {
    throw new Error("this test started no job runner");
  },
};

async function appFor(
  handle: DbHandle,
  clock: ReturnType<typeof fixedClock>,
  jobs: JobsControl = noJobRunner,
  webDir?: string,
): Promise<TestApp> {
  const log = pino({ level: "silent" });
  const slug = `test-${randomUUID()}`;
  const org = await insertOrganization(handle.db, {
    name: `Test hospital ${slug}`,
    slug,
    createdAt: clock.now(),
  });
  const auth = createAuth({
    db: handle.db,
    secret: "test-secret-test-secret-test-secret!",
    publicUrl: TEST_PUBLIC_URL,
    clock,
    log,
  });
  const { app } = createApp({
    db: handle.db,
    database: handle.kind,
    migrationLevel: handle.migrationLevel,
    auth,
    mailer: createMailer({}),
    jobs,
    publicUrl: TEST_PUBLIC_URL,
    trustedOrigins: [],
    trustProxy: { kind: "hops", hops: 1 },
    clock,
    log,
    version: "test",
    webDir,
  });
  // Each test organization gets an address of its own, so sign-in throttling in one test cannot block another.
  const address = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const raw = async (method: string, path: string, body: unknown, headers: Headers) =>
    app.request(path, {
      method,
      headers: {
        origin: TEST_PUBLIC_URL,
        "x-forwarded-for": address,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
  // A client keeps its cookies up to date like a browser: better-auth rotates the session when 2FA is turned on.
  const client = (
    cookie: string | null,
    userId: string | null,
    email: string | null,
    extra: Headers = {},
  ): Client => {
    const jar = new Map(
      (cookie ?? "")
        .split("; ")
        .filter(Boolean)
        .map((c) => c.split("=", 2) as [string, string]),
    );
    return {
      userId,
      email,
      request: async (method, path, body, headers = {}) => {
        const sent = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
        const res = await raw(method, path, body, {
          ...(sent ? { cookie: sent } : {}),
          ...extra,
          ...headers,
        });
        if (cookie !== null) {
          for (const set of res.headers.getSetCookie()) {
            const [pair = "", ...attributes] = set.split(";");
            const [name = "", value = ""] = pair.split("=", 2);
            const expired = attributes.some((a) => /max-age=0/i.test(a.trim()));
            if (expired || value === "") jar.delete(name);
            else jar.set(name, value);
          }
        }
        return res;
      },
    };
  };
  const signIn = (email: string, password: string) =>
    raw("POST", "/api/auth/sign-in/email", { email, password }, {});
  const member = async (role: Role): Promise<Client> => {
    const email = `${role}-${randomUUID()}@hospital.test`;
    await provisionMember(
      { db: handle.db, auth, clock, log },
      { organizationId: org.id, email, name: `Test ${role}`, password: TEST_PASSWORD, role, by: "test" },
    );
    const res = await signIn(email, TEST_PASSWORD);
    if (res.status !== 200) throw new Error(`sign-in as ${role} failed: ${res.status} ${await res.text()}`);
    const { user } = (await res.json()) as { user: { id: string } };
    return client(cookiesFrom(res), user.id, email);
  };
  const admin = await member("admin");
  return {
    ...admin,
    handle,
    organizationId: org.id,
    clock,
    app,
    anonymous: client(null, null, null),
    as: member,
    withApiKey: async (scope) => {
      const res = await admin.request("POST", "/api/api-keys", { name: `key ${scope}`, scope });
      const { key } = (await res.json()) as { key: string };
      return client(null, null, null, { authorization: `Bearer ${key}` });
    },
    signIn,
    otherTenant: () => appFor(handle, clock, jobs, webDir),
    close: async () => {},
  };
}

/**
 * Opens a fresh database of the given kind and an app with a new organization and a signed-in admin.
 * `jobs` starts a job runner for the jobs page; it is stopped before the database closes.
 */
export async function openTestApp(
  database: TestDatabase,
  options: {
    jobs?: (handle: DbHandle, clock: Clock) => Promise<JobsControl & { stop(): Promise<void> }>;
    /** A built web app to serve at `/`, as Ward does in production. */
    webDir?: string;
  } = {},
): Promise<TestApp> {
  const handle = await database.open();
  const clock = fixedClock();
  const runner = options.jobs ? await options.jobs(handle, clock) : undefined;
  const testApp = await appFor(handle, clock, runner, options.webDir);
  return {
    ...testApp,
    close: async () => {
      await runner?.stop();
      await handle.close();
    },
  };
}
