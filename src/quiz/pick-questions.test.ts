import { describe, expect, it } from "vitest";
import type { Skill } from "../questions/types";
import { pickQuestions } from "./pick-questions";
import { seededRandom } from "./random";

let nextPassage = 0;

/** A question about a passage of its own, unless one is given. */
function question(id: string, skill: Skill, articleSlug = "a", kind = "claim-source", passage?: number) {
  const start = (passage ?? nextPassage++) * 100;
  return { id, skill, articleSlug, kind, passages: [{ start, end: start + 50 }] };
}

/** 6 sourcing, 6 attribution and 2 loaded-language questions over two articles. */
const POOL = [
  ...["s1", "s2", "s3"].map((id) => question(id, "sourcing", "a")),
  ...["s4", "s5", "s6"].map((id) => question(id, "sourcing", "b")),
  ...["t1", "t2", "t3", "t4", "t5", "t6"].map((id) => question(id, "attribution", "a")),
  question("l1", "loaded-language", "a"),
  question("l2", "loaded-language", "b"),
];

function countBySkill(questions: { skill: Skill }[]) {
  const counts: Record<string, number> = {};
  for (const q of questions) counts[q.skill] = (counts[q.skill] ?? 0) + 1;
  return counts;
}

describe("picking questions for a quiz", () => {
  it("picks the number asked for, without repeats", () => {
    const picked = pickQuestions(POOL, 9, seededRandom(1));
    expect(picked).toHaveLength(9);
    expect(new Set(picked.map((q) => q.id)).size).toBe(9);
  });

  it("spreads the questions evenly over the skills", () => {
    expect(countBySkill(pickQuestions(POOL, 6, seededRandom(2)))).toEqual({
      sourcing: 2,
      attribution: 2,
      "loaded-language": 2,
    });
  });

  it("fills up from the other skills when one runs out", () => {
    expect(countBySkill(pickQuestions(POOL, 10, seededRandom(3)))).toEqual({
      sourcing: 4,
      attribution: 4,
      "loaded-language": 2,
    });
  });

  it("takes both articles in turn within a skill", () => {
    const sourcingOnly = POOL.filter((q) => q.skill === "sourcing");
    const picked = pickQuestions(sourcingOnly, 2, seededRandom(4));
    expect(picked.map((q) => q.articleSlug).sort()).toEqual(["a", "b"]);
  });

  it("asks every kind of question in a skill once before asking one kind again", () => {
    const pool = [
      ...["t1", "t2", "t3"].map((id) => question(id, "attribution", "a", "claim-source")),
      ...["t4", "t5"].map((id) => question(id, "attribution", "b", "claim-source")),
      question("t6", "attribution", "b", "hedge-meaning"),
    ];
    for (let seed = 1; seed <= 10; seed++) {
      const kinds = pickQuestions(pool, 2, seededRandom(seed)).map((q) => q.kind);
      expect(kinds.sort(), `seed ${seed}`).toEqual(["claim-source", "hedge-meaning"]);
    }
  });

  it("returns the whole pool when it is smaller than the count, and nothing from an empty pool", () => {
    expect(pickQuestions(POOL, 50, seededRandom(5))).toHaveLength(POOL.length);
    expect(pickQuestions([], 10, seededRandom(5))).toEqual([]);
  });

  it("gives the same pick for the same seed and varies with the seed", () => {
    const ids = (seed: number) => pickQuestions(POOL, 6, seededRandom(seed)).map((q) => q.id);
    expect(ids(7)).toEqual(ids(7));
    const distinct = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => ids(seed).join()));
    expect(distinct.size).toBeGreaterThan(1);
  });

  it("never asks two questions about the same passage of an article, whatever the seed", () => {
    const pool = [
      question("p1", "sourcing", "a", "figure-sourcing", 900),
      question("p2", "attribution", "a", "claim-source", 900),
      question("p3", "loaded-language", "a", "loaded-word", 900),
      question("p4", "sourcing", "b", "figure-sourcing", 900),
      question("p5", "attribution", "a", "claim-source"),
      question("p6", "loaded-language", "a", "loaded-word"),
    ];
    for (let seed = 1; seed <= 20; seed++) {
      const picked = pickQuestions(pool, 6, seededRandom(seed));
      const onSharedPassage = picked.filter((q) => ["p1", "p2", "p3"].includes(q.id));
      expect(onSharedPassage, `seed ${seed}`).toHaveLength(1);
      // The same offsets in another article are another passage.
      expect(picked.map((q) => q.id)).toContain("p4");
    }
  });

  it("prefers a question showing one passage to one showing four, so a one-article quiz is not emptied", () => {
    const singles = [0, 1, 2, 3].map((passage) =>
      question(`one-${passage}`, "attribution", "c", "claim-source", passage),
    );
    const blocker = {
      ...question("four", "attribution", "c", "claim-source", 0),
      passages: [0, 1, 2, 3].map((passage) => ({ start: passage * 100, end: passage * 100 + 50 })),
    };
    for (let seed = 1; seed <= 20; seed++) {
      expect(pickQuestions([blocker, ...singles], 4, seededRandom(seed)), `seed ${seed}`).toHaveLength(4);
    }
  });
});
