import { describe, expect, it } from "vitest";
import { randomBase64Url, secretMatchesDigest, sha256Hex, toBase64Url } from "./secrets";

describe("random secrets", () => {
  it("encodes 16 random bytes as 22 base64url characters", () => {
    const secret = randomBase64Url(16);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("never repeats itself", () => {
    const seen = new Set(Array.from({ length: 200 }, () => randomBase64Url(16)));
    expect(seen.size).toBe(200);
  });

  it("uses the URL-safe alphabet without padding", () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xfe]))).toBe("-__-");
    expect(toBase64Url(new Uint8Array([0x61]))).toBe("YQ");
  });
});

describe("secret digests", () => {
  it("is the hex SHA-256 of the UTF-8 text", async () => {
    // The SHA-256 of "abc" from FIPS 180-2, appendix B.1.
    expect(await sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("accepts the secret whose digest is stored", async () => {
    expect(await secretMatchesDigest("abc", await sha256Hex("abc"))).toBe(true);
  });

  it("refuses any other secret, a stored value that is not a digest, and an empty secret", async () => {
    const digest = await sha256Hex("abc");
    expect(await secretMatchesDigest("abd", digest)).toBe(false);
    expect(await secretMatchesDigest("", digest)).toBe(false);
    expect(await secretMatchesDigest("abc", "not-hex")).toBe(false);
    expect(await secretMatchesDigest("abc", digest.slice(0, 32))).toBe(false);
  });
});
