import { DEMO_PASSWORD, type WardServer } from "./ward-server";

export interface ApiSession {
  request(method: string, path: string, body?: unknown): Promise<Response>;
}

/** Signs in over HTTP as a browser would (same origin), keeping the session cookie. */
export async function signInApi(
  server: WardServer,
  email: string,
  password = DEMO_PASSWORD,
): Promise<ApiSession> {
  const headers = { origin: server.url, "content-type": "application/json" };
  const res = await fetch(`${server.url}/api/auth/sign-in/email`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${await res.text()}`);
  let cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return {
    async request(method, path, body) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { ...headers, cookie },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const renewed = response.headers.getSetCookie().find((c) => c.startsWith("ward.session_token="));
      if (renewed) cookie = renewed.split(";")[0] ?? cookie;
      return response;
    },
  };
}
