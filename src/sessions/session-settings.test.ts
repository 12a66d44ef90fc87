import { describe, expect, it } from "vitest";
import { sessionSettingsSchema, settingsFromForm } from "./session-settings";

describe("reading the create-session form", () => {
  it("turns typed numbers into numbers and ticked boxes into true", () => {
    expect(
      settingsFromForm({
        title: "Media week",
        questionCount: " 12 ",
        skills: ["sourcing", "attribution"],
        articles: "battle-for-idlib-m5-highway",
        libraryArticles: "aaaaaaaaaaaaaaaa",
        pacing: "instructor",
        timed: "on",
        timerSeconds: "45",
        leaderboard: "on",
        shuffle: "on",
        withholdAnswers: "on",
      }),
    ).toEqual({
      title: "Media week",
      questionCount: 12,
      skills: ["sourcing", "attribution"],
      articles: ["battle-for-idlib-m5-highway"],
      libraryArticles: ["aaaaaaaaaaaaaaaa"],
      pacing: "instructor",
      timerSeconds: 45,
      leaderboard: true,
      shuffle: true,
      withholdAnswers: true,
    });
  });

  it("reads an unticked box as false and ignores the seconds when the time limit is unticked", () => {
    expect(settingsFromForm({ title: "T", timerSeconds: "45" })).toMatchObject({
      timerSeconds: null,
      leaderboard: false,
      shuffle: false,
      withholdAnswers: false,
      skills: [],
      articles: [],
      pacing: "self",
      questionCount: undefined,
    });
  });
});

describe("the session settings", () => {
  it("fills in the defaults: 10 questions, all articles and skills, self-paced, no timer, shuffled, answers shown", () => {
    expect(sessionSettingsSchema.parse({ title: "  Media week  " })).toEqual({
      title: "Media week",
      questionCount: 10,
      skills: [],
      articles: [],
      libraryArticles: [],
      pacing: "self",
      timerSeconds: null,
      leaderboard: false,
      shuffle: true,
      withholdAnswers: false,
    });
  });

  it("refuses a typed count that is not a number, with the field named", () => {
    const result = sessionSettingsSchema.safeParse(settingsFromForm({ title: "T", questionCount: "ten" }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["questionCount"]);
  });
});
