import { randomUUID } from "node:crypto";
import { type DbHandle, insertOrganization } from "@ward/db";
import type { TestDatabase } from "@ward/db/testing";
import pino from "pino";
import { createApp } from "../app";
import type { Clock } from "../services/context";

/** A clock that stands still unless a test moves it, so timestamps in assertions are exact. */
export function fixedClock(iso = "2026-01-15T12:00:00.000Z"): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => new Date(now), set: (next) => (now = new Date(next)) };
}

export interface TestApp {
  handle: DbHandle;
  organizationId: string;
  clock: ReturnType<typeof fixedClock>;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Another organization on the same database, served by its own app, to prove tenants cannot see each other. */
  otherTenant(): Promise<TestApp>;
  close(): Promise<void>;
}

async function appFor(handle: DbHandle, clock: ReturnType<typeof fixedClock>): Promise<TestApp> {
  const slug = `test-${randomUUID()}`;
  const org = await insertOrganization(handle.db, {
    name: `Test hospital ${slug}`,
    slug,
    createdAt: clock.now(),
  });
  const { app } = createApp({
    db: handle.db,
    database: handle.kind,
    organizationId: org.id,
    clock,
    log: pino({ level: "silent" }),
    version: "test",
  });
  return {
    handle,
    organizationId: org.id,
    clock,
    request: async (method, path, body, headers = {}) =>
      app.request(path, {
        method,
        headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
      }),
    otherTenant: () => appFor(handle, clock),
    close: async () => {},
  };
}

/** Opens a fresh database of the given kind and an app serving a new organization on it. */
export async function openTestApp(database: TestDatabase): Promise<TestApp> {
  const handle = await database.open();
  const testApp = await appFor(handle, fixedClock());
  return { ...testApp, close: () => handle.close() };
}
