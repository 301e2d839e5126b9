import { spawnSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { signInApi } from "./api-session";
import { removeDataDir, startWard, type WardServer } from "./ward-server";

const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

describe("first run without demo data", () => {
  let server: WardServer | undefined;
  afterAll(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  it("create-admin makes the first admin, who can sign in and sees an empty portfolio", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "ward-e2e-"));
    const env = { ...process.env, WARD_DEMO: "false", WARD_DATA_DIR: dataDir, LOG_LEVEL: "silent" };
    const made = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "apps/api/src/cli.ts",
        "create-admin",
        "--email",
        "cio@hospital.example",
        "--org",
        "Lakeside Hospital",
      ],
      { cwd: repoRoot, env, encoding: "utf8", timeout: 60_000 },
    );
    expect(made.status, made.stderr).toBe(0);
    const password = /Password \(shown only now\): (\S+)/.exec(made.stdout)?.[1] ?? "";
    expect(password.length).toBeGreaterThanOrEqual(12);

    server = await startWard({ dataDir, env: { WARD_DEMO: "false" } });
    const admin = await signInApi(server, "cio@hospital.example", password);
    const me = (await (await admin.request("GET", "/api/me")).json()) as {
      role: string;
      organization: { name: string };
    };
    expect(me).toMatchObject({ role: "admin", organization: { name: "Lakeside Hospital" } });
    const vendors = (await (await admin.request("GET", "/api/vendors")).json()) as { total: number };
    expect(vendors.total).toBe(0);
    expect((await fetch(`${server.url}/api/vendors`)).status).toBe(401);
  });
});

describe("joining from an invitation link", () => {
  let server: WardServer | undefined;
  afterAll(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  it("the invitee creates their account from the link, once, and the link never reaches the log", async () => {
    server = await startWard({ env: { LOG_LEVEL: "info" } });
    const url = server.url;
    const admin = await signInApi(server, "admin@demo.ward.test");
    const email = "new.colleague@hospital.example";
    expect((await admin.request("POST", "/api/invitations", { email, role: "analyst" })).status).toBe(201);
    const outbox = (await (await admin.request("GET", "/api/outbox")).json()) as {
      items: { to: string; link: string | null }[];
    };
    const link = outbox.items.find((m) => m.to === email)?.link ?? "";
    const token = link.split("/invitations/")[1] ?? "";
    expect(token).toMatch(/^inv_/);

    const post = (path: string, body: unknown) =>
      fetch(`${url}${path}`, {
        method: "POST",
        headers: { origin: url, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    // Opening the link's page, then what the page asks of the API.
    await (await fetch(`${url}/invitations/${token}`)).body?.cancel();
    expect((await post("/api/invitations/preview", { token })).status).toBe(200);
    // better-auth's own sign-up is closed, even for the invited address.
    const squatter = await post("/api/auth/sign-up/email", {
      email,
      password: "a squatter's password",
      name: "X",
    });
    expect(squatter.status).toBe(403);
    const password = "the new colleague's password";
    const joined = await post("/api/invitations/sign-up", { token, name: "New Colleague", password });
    expect(joined.status).toBe(201);
    expect((await post("/api/invitations/sign-up", { token, name: "Again", password })).status).toBe(404);
    const colleague = await signInApi(server, email, password);
    const me = (await (await colleague.request("GET", "/api/me")).json()) as { role: string };
    expect(me.role).toBe("analyst");

    // Let the last log lines reach us, then look for the token, whole or in part.
    await new Promise((r) => setTimeout(r, 200));
    expect(server.output()).toContain('"path":"/api/invitations/sign-up"');
    expect(server.output()).not.toContain(token.slice(4, 24));
  });
});
