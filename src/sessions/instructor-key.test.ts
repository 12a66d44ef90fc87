import { describe, expect, it } from "vitest";
import { instructorKeyMatches, issueInstructorKey, readBearerKey } from "./instructor-key";

describe("instructor keys", () => {
  it("issues 128 random bits as 22 base64url characters with a 64-hex-digit digest", async () => {
    const { key, digest } = await issueInstructorKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).not.toContain(key);
  });

  it("issues a different key each time", async () => {
    const [a, b] = await Promise.all([issueInstructorKey(), issueInstructorKey()]);
    expect(a.key).not.toBe(b.key);
  });

  it("accepts the issued key against its digest", async () => {
    const { key, digest } = await issueInstructorKey();
    expect(await instructorKeyMatches(key, digest)).toBe(true);
  });

  it("refuses another session's key, a key off by one character, and malformed keys", async () => {
    const mine = await issueInstructorKey();
    const theirs = await issueInstructorKey();
    expect(await instructorKeyMatches(theirs.key, mine.digest)).toBe(false);
    const flipped = `${mine.key.slice(0, -1)}${mine.key.endsWith("A") ? "B" : "A"}`;
    expect(await instructorKeyMatches(flipped, mine.digest)).toBe(false);
    expect(await instructorKeyMatches("", mine.digest)).toBe(false);
    expect(await instructorKeyMatches(`${mine.key}=`, mine.digest)).toBe(false);
  });
});

describe("reading the key from an Authorization header", () => {
  it("takes the token of a Bearer header, whatever the scheme's case", () => {
    expect(readBearerKey("Bearer abc_DEF-123")).toBe("abc_DEF-123");
    expect(readBearerKey("bearer abc")).toBe("abc");
  });

  it("returns null for a missing header, another scheme or an empty token", () => {
    expect(readBearerKey(undefined)).toBeNull();
    expect(readBearerKey("Basic dXNlcjpwYXNz")).toBeNull();
    expect(readBearerKey("Bearer ")).toBeNull();
    expect(readBearerKey("Bearer a b")).toBeNull();
  });
});
