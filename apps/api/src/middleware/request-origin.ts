/**
 * True when Ward is configured to sit behind a proxy whose forwarding headers it believes. Accepts the setting
 * in any of the shapes it may take (a flag, a hop count, a list of proxy addresses): any proxy at all is enough
 * to believe the scheme and host the proxy says the browser used.
 */
export function proxyIsTrusted(trustProxy: unknown): boolean {
  if (typeof trustProxy === "number") return trustProxy > 0;
  if (typeof trustProxy === "string") return trustProxy.trim() !== "";
  if (Array.isArray(trustProxy)) return trustProxy.length > 0;
  return trustProxy === true;
}

function firstValue(header: string | null): string | null {
  const value = header?.split(",")[0]?.trim();
  return value ? value : null;
}

/**
 * The origin the browser addressed this request to: the scheme Ward serves on and the Host header. Behind a
 * trusted proxy the proxy's X-Forwarded-Proto and X-Forwarded-Host say what the browser used, since the proxy
 * may speak plain HTTP to Ward and rewrite the host. Without a trusted proxy those headers are ignored: anyone
 * can send them.
 */
export function addressedOrigin(request: Request, trustProxy: unknown): string | null {
  const url = new URL(request.url);
  const behindProxy = proxyIsTrusted(trustProxy);
  const proto = (behindProxy && firstValue(request.headers.get("x-forwarded-proto"))) || url.protocol;
  const host =
    (behindProxy && firstValue(request.headers.get("x-forwarded-host"))) ||
    request.headers.get("host") ||
    url.host;
  const scheme = proto.replace(/:$/, "").toLowerCase();
  if (scheme !== "http" && scheme !== "https") return null;
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}

export interface OriginPolicy {
  /** Origins allowed besides the addressed one: WARD_PUBLIC_URL's and WARD_TRUSTED_ORIGINS. */
  trustedOrigins: readonly string[];
  trustProxy: unknown;
}

/**
 * The origins a state-changing request may come from: the one it was addressed to (so sign-in works at
 * localhost, 127.0.0.1 or the machine's address alike), WARD_PUBLIC_URL's, and WARD_TRUSTED_ORIGINS. Scheme,
 * host and port must all match: `https://127.0.0.1` is not the origin of Ward served over http.
 */
export function allowedOrigins(request: Request | undefined, policy: OriginPolicy): string[] {
  const trusted = policy.trustedOrigins.map((origin) => new URL(origin).origin);
  const addressed = request ? addressedOrigin(request, policy.trustProxy) : null;
  return addressed ? [addressed, ...trusted] : trusted;
}
