import { describe, expect, it } from "vitest";
import { parseTrustedProxies, resolveClientAddress, type TrustedProxies } from "./trusted-proxies";

const parse = (value: string | undefined): TrustedProxies => {
  const parsed = parseTrustedProxies(value);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
};

describe("trusted proxies", () => {
  it.each([
    [undefined, { kind: "none" }],
    ["", { kind: "none" }],
    ["false", { kind: "none" }],
    ["0", { kind: "none" }],
    ["true", { kind: "hops", hops: 1 }],
    ["2", { kind: "hops", hops: 2 }],
  ])("reads %o as %o", (value, expected) => {
    expect(parse(value)).toEqual(expected);
  });

  it.each(["yes", "10.0.0.300", "10.0.0.0/33", "10.0.0.0/8/1", "fd00::/129", "-1", "11"])(
    "refuses %o",
    (value) => {
      expect(parseTrustedProxies(value)).toHaveProperty("error");
    },
  );

  it("a client cannot choose its address by writing X-Forwarded-For itself", () => {
    // The client sent "6.6.6.6"; the one proxy appended the real peer.
    expect(resolveClientAddress(parse("1"), "10.0.0.2", "6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
    expect(resolveClientAddress(parse("true"), "10.0.0.2", "6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
  });

  it("two hops take the second entry from the right", () => {
    expect(resolveClientAddress(parse("2"), "10.0.0.2", "6.6.6.6, 203.0.113.7, 10.0.0.9")).toBe(
      "203.0.113.7",
    );
  });

  it("a list of proxies skips every trusted hop from the right and stops at the first stranger", () => {
    const proxies = parse("10.0.0.0/8, 192.168.1.5");
    expect(resolveClientAddress(proxies, "192.168.1.5", "6.6.6.6, 203.0.113.7, 10.1.2.3")).toBe(
      "203.0.113.7",
    );
    // IPv4 peers on a dual-stack socket arrive as IPv4-mapped IPv6 addresses.
    expect(resolveClientAddress(proxies, "::ffff:10.0.0.1", "203.0.113.8")).toBe("203.0.113.8");
  });

  it("a request that did not come through a listed proxy is taken at its socket address", () => {
    expect(resolveClientAddress(parse("10.0.0.0/8"), "198.51.100.4", "6.6.6.6")).toBe("198.51.100.4");
  });

  it("without proxies the header is ignored", () => {
    expect(resolveClientAddress(parse(undefined), "198.51.100.4", "6.6.6.6")).toBe("198.51.100.4");
  });
});
