import { BlockList, isIP } from "node:net";

/**
 * Which proxies stand in front of Ward, from `WARD_TRUST_PROXY`: none, a number of hops, or the proxies' own
 * addresses and networks. Each proxy appends the address it received the request from to `X-Forwarded-For`, so
 * only entries on the right, written by proxies Ward trusts, are worth anything; the left-most entry is whatever
 * the client chose to send.
 */
export type TrustedProxies =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "addresses"; list: BlockList; entries: string[] };

export const noProxy: TrustedProxies = { kind: "none" };

/** Most proxy hops Ward accepts; a longer chain is a configuration mistake rather than a real deployment. */
const MAX_HOPS = 10;

/**
 * Reads `WARD_TRUST_PROXY`. Unset, `false` or `0`: no proxy. `true`: one hop (kept from when the setting was a
 * yes/no). A whole number: that many hops. Otherwise a comma-separated list of proxy addresses or CIDR networks.
 * Returns an error message for anything else.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies | { error: string } {
  const text = (value ?? "").trim().toLowerCase();
  if (text === "" || text === "false" || text === "0") return noProxy;
  if (text === "true") return { kind: "hops", hops: 1 };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) return { error: `Use at most ${MAX_HOPS} proxy hops` };
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  const entries = text
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = "", prefix, extra] = entry.split("/");
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (
      family === 0 ||
      extra !== undefined ||
      (bits !== undefined && (!/^\d+$/.test(prefix ?? "") || bits > maxBits))
    ) {
      return {
        error: `"${entry}" is not a number of proxy hops, true/false, or a proxy address or CIDR network`,
      };
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return { kind: "addresses", list, entries };
}

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
function normalise(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket peer without proxies; with proxies, the `X-Forwarded-For` entry just past the
 * trusted hops, counted from the right. With fewer entries than hops the left-most is the best there is.
 */
export function resolveClientAddress(
  proxies: TrustedProxies,
  peer: string | null,
  forwardedFor: string | undefined,
): string | null {
  const socket = peer ? normalise(peer) : null;
  if (proxies.kind === "none") return socket;
  const chain = (forwardedFor ?? "")
    .split(",")
    .map(normalise)
    .filter((entry) => isIP(entry) !== 0);
  if (proxies.kind === "hops") {
    if (proxies.hops === 0 || chain.length === 0) return socket;
    return chain[Math.max(0, chain.length - proxies.hops)] ?? socket;
  }
  // Walk from the socket leftwards while the address is one of our proxies.
  if (!socket || !isTrusted(proxies.list, socket)) return socket;
  for (let i = chain.length - 1; i >= 0; i--) {
    const entry = chain[i] as string;
    if (!isTrusted(proxies.list, entry)) return entry;
  }
  return chain[0] ?? socket;
}
