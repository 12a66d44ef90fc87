import { describe, expect, it } from "vitest";
import { checkJoinCode, generateJoinCode, JOIN_CODE_ALPHABET } from "./join-code";

describe("join codes", () => {
  it("has an alphabet of 32 characters without 0, O, 1 or I", () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(32);
    for (const lookAlike of ["0", "O", "1", "I"]) expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
  });

  it("generates six characters from that alphabet", () => {
    for (let round = 0; round < 200; round++) {
      expect(generateJoinCode()).toMatch(/^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{6}$/);
    }
  });

  it("uses every character of the alphabet over many codes", () => {
    const seen = new Set(Array.from({ length: 400 }, generateJoinCode).join(""));
    expect(seen.size).toBe(32);
  });
});

describe("checking a typed join code", () => {
  it("accepts lower case, spaces and dashes and returns the canonical code", () => {
    expect(checkJoinCode(" k7q-m4x ")).toEqual({ ok: true, code: "K7QM4X" });
    expect(checkJoinCode("K7Q M4X")).toEqual({ ok: true, code: "K7QM4X" });
  });

  it("says the look-alike characters never occur", () => {
    const check = checkJoinCode("K0QM4X");
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toContain("never contain 0, O, 1 or I");
  });

  it("refuses an empty code, a code of the wrong length and other characters", () => {
    expect(checkJoinCode("")).toMatchObject({ ok: false, error: "Enter the join code your teacher shows." });
    expect(checkJoinCode("K7QM4")).toMatchObject({ ok: false });
    expect(checkJoinCode("K7QM4XY")).toMatchObject({ ok: false });
    expect(checkJoinCode("K7QM4!")).toMatchObject({ ok: false });
  });
});
