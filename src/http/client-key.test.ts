import { describe, expect, it } from "vitest";
import { clientKey, NO_CLIENT_ADDRESS } from "./client-key";

function keyOf(address?: string): string {
  return clientKey(new Headers(address === undefined ? {} : { "cf-connecting-ip": address }));
}

describe("the client key of a per-client limit", () => {
  it("is the IPv4 address as sent", () => {
    expect(keyOf("203.0.113.7")).toBe("203.0.113.7");
  });

  it("is an IPv6 address's /64, however it is written", () => {
    expect(keyOf("2001:db8:0:12:a:b:c:d")).toBe("2001:db8:0:12::/64");
    expect(keyOf("2001:0DB8:0000:0012::1")).toBe("2001:db8:0:12::/64");
    expect(keyOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(keyOf("::1")).toBe("0:0:0:0::/64");
  });

  it("reads an IPv4-mapped IPv6 address as the IPv4 address", () => {
    expect(keyOf("::ffff:198.51.100.4")).toBe("198.51.100.4");
  });

  it("is one fixed key when the request carries no address", () => {
    expect(keyOf()).toBe(NO_CLIENT_ADDRESS);
    expect(keyOf("  ")).toBe(NO_CLIENT_ADDRESS);
  });
});
