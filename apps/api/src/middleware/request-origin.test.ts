import { describe, expect, it } from "vitest";
import { addressedOrigin, allowedOrigins, proxyIsTrusted } from "./request-origin";

function request(url: string, headers: Record<string, string> = {}) {
  return new Request(url, { headers });
}

describe("the origin a request was addressed to", () => {
  it("is the scheme Ward serves on with the Host header, port included", () => {
    expect(addressedOrigin(request("http://10.0.0.5:3000/api/vendors"), false)).toBe("http://10.0.0.5:3000");
    expect(addressedOrigin(request("http://localhost/api", { host: "127.0.0.1:3000" }), false)).toBe(
      "http://127.0.0.1:3000",
    );
  });

  it("ignores forwarding headers unless a proxy is trusted, since anyone can send them", () => {
    const forwarded = request("http://10.0.0.5:3000/api", {
      "x-forwarded-proto": "https",
      "x-forwarded-host": "ward.hospital.example",
    });
    expect(addressedOrigin(forwarded, false)).toBe("http://10.0.0.5:3000");
    expect(addressedOrigin(forwarded, 0)).toBe("http://10.0.0.5:3000");
    expect(addressedOrigin(forwarded, true)).toBe("https://ward.hospital.example");
    expect(addressedOrigin(forwarded, 1)).toBe("https://ward.hospital.example");
    expect(addressedOrigin(forwarded, ["10.0.0.1"])).toBe("https://ward.hospital.example");
  });

  it.each([
    [true, true],
    [false, false],
    [0, false],
    [2, true],
    [[], false],
    [["10.0.0.0/8"], true],
    ["", false],
    ["loopback", true],
    [undefined, false],
  ])("trust proxy setting %o trusts a proxy: %s", (setting, trusted) => {
    expect(proxyIsTrusted(setting)).toBe(trusted);
  });
});

describe("origins allowed to change state", () => {
  const policy = {
    trustedOrigins: ["https://ward.hospital.example/", "http://localhost:5173"],
    trustProxy: false,
  };

  it("are the addressed origin, WARD_PUBLIC_URL's and WARD_TRUSTED_ORIGINS", () => {
    expect(allowedOrigins(request("http://192.168.1.20:3000/api/auth/sign-in/email"), policy)).toEqual([
      "http://192.168.1.20:3000",
      "https://ward.hospital.example",
      "http://localhost:5173",
    ]);
  });

  it("do not include another scheme or port on the same host", () => {
    const allowed = allowedOrigins(request("http://127.0.0.1:3000/api/vendors"), policy);
    expect(allowed).not.toContain("https://127.0.0.1:3000");
    expect(allowed).not.toContain("https://127.0.0.1");
    expect(allowed).not.toContain("http://127.0.0.1:3001");
  });

  it("without a request (server-side calls) are the configured ones", () => {
    expect(allowedOrigins(undefined, policy)).toEqual([
      "https://ward.hospital.example",
      "http://localhost:5173",
    ]);
  });
});
