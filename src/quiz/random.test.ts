import { describe, expect, it } from "vitest";
import { hashString, newSeed, seededRandom, shuffled } from "./random";

describe("the seeded random generator", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const first = seededRandom(42);
    const again = seededRandom(42);
    const other = seededRandom(43);
    const a = [first(), first(), first()];
    expect([again(), again(), again()]).toEqual(a);
    expect([other(), other(), other()]).not.toEqual(a);
  });

  it("stays within [0, 1) and spreads over the range", () => {
    const random = seededRandom(7);
    const values = Array.from({ length: 2000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const belowHalf = values.filter((value) => value < 0.5).length;
    expect(belowHalf).toBeGreaterThan(900);
    expect(belowHalf).toBeLessThan(1100);
  });
});

describe("shuffling", () => {
  it("keeps every item exactly once and leaves the input alone", () => {
    const items = ["a", "b", "c", "d", "e"];
    const result = shuffled(items, seededRandom(1));
    expect([...result].sort()).toEqual(items);
    expect(items).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("is deterministic for a seed and puts each item first about equally often", () => {
    expect(shuffled([1, 2, 3, 4], seededRandom(9))).toEqual(shuffled([1, 2, 3, 4], seededRandom(9)));
    const firsts = new Map<number, number>();
    for (let seed = 0; seed < 4000; seed++) {
      const first = shuffled([1, 2, 3, 4], seededRandom(seed))[0] ?? 0;
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const item of [1, 2, 3, 4]) {
      expect(firsts.get(item)).toBeGreaterThan(850);
      expect(firsts.get(item)).toBeLessThan(1150);
    }
  });
});

describe("hashing and seeds", () => {
  it("hashes with 32-bit FNV-1a", () => {
    // Reference values of FNV-1a 32: "" → 0x811c9dc5, "a" → 0xe40c292c.
    expect(hashString("")).toBe(0x811c9dc5);
    expect(hashString("a")).toBe(0xe40c292c);
  });

  it("makes non-negative seeds below 2^31", () => {
    for (let round = 0; round < 100; round++) {
      const seed = newSeed();
      expect(seed).toBeGreaterThanOrEqual(0);
      expect(seed).toBeLessThan(2 ** 31);
    }
  });
});
