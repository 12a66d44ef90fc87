import type { LexiconEntry } from "./types";

const PRESUPPOSITION =
  "pragmatics of presupposition: a claim slipped in as already known is not offered for checking";

/** Presupposition: a claim presented as something everyone already knows or expects. */
export const PRESUPPOSITIONS: readonly LexiconEntry[] = [
  {
    id: "everyone knows",
    category: "presupposition",
    forms: [
      "everyone knows",
      "everybody knows",
      "as everyone knows",
      "as we all know",
      "we all know",
      "as everybody knows",
      "it is no secret",
      "it's no secret",
      "no secret that",
      "no one can deny",
      "nobody can deny",
      "it goes without saying",
      "make no mistake",
      "undeniably",
      "indisputably",
      "it is obvious that",
      "it's obvious that",
    ],
    neutral: ["some argue", "according to", "it is claimed"],
    explanation: "'Everyone knows' slips a claim in as settled so nobody asks for evidence.",
    origin: PRESUPPOSITION,
  },
  {
    id: "as always",
    category: "presupposition",
    forms: ["as always", "as usual", "as ever", "predictably", "unsurprisingly", "yet again", "true to form"],
    neutral: ["this time", "again", "on this occasion"],
    explanation:
      "'As always' or 'predictably' says this is a habit, a verdict on the past slipped into the news.",
    origin: PRESUPPOSITION,
    unless: [
      {
        sentence: ["river", "flooded", "rain", "snow", "storm"],
        note: "weather and rivers repeat without anyone's verdict",
      },
      {
        after: [
          "be",
          "been",
          "take",
          "takes",
          "cost",
          "costs",
          "last",
          "lasts",
          "between",
          "around",
          "about",
          "used",
          "found",
          "seen",
          "in",
          "at",
          "on",
        ],
        window: 1,
        note: "'typically takes', 'as usual in spring': a plain frequency",
      },
      { before: ["business"], window: 1, note: "'business as usual' is a set phrase" },
    ],
  },
];
