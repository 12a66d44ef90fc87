import { describe, expect, it } from "vitest";
import { checkNickname, isOffensive, nicknameKey, suggestNickname } from "./nickname";

describe("checking a nickname", () => {
  it("trims it and collapses inner spaces", () => {
    expect(checkNickname("  Sam   Lee \t")).toEqual({ ok: true, nickname: "Sam Lee", key: "sam lee" });
  });

  it("accepts 1 and 24 characters, counting letters outside the basic plane as one", () => {
    expect(checkNickname("Z")).toMatchObject({ ok: true, nickname: "Z" });
    expect(checkNickname("a".repeat(24))).toMatchObject({ ok: true });
    expect(checkNickname(`${"a".repeat(23)}🦉`)).toMatchObject({ ok: true });
  });

  it("refuses an empty or blank nickname", () => {
    expect(checkNickname("")).toEqual({ ok: false, error: "Enter a nickname." });
    expect(checkNickname("   ")).toEqual({ ok: false, error: "Enter a nickname." });
  });

  it("refuses 25 characters and says how many there are", () => {
    expect(checkNickname("a".repeat(25))).toEqual({
      ok: false,
      error: "Keep your nickname to 24 characters or fewer (this one has 25).",
    });
  });

  it("refuses control and invisible formatting characters", () => {
    expect(checkNickname("Sam\u0000")).toMatchObject({ ok: false });
    expect(checkNickname("Sam\u202eLee")).toMatchObject({ ok: false });
  });

  it("refuses offensive nicknames with a neutral message", () => {
    expect(checkNickname("Shithead")).toEqual({ ok: false, error: "Please choose a different nickname." });
  });

  it("accepts accented and non-Latin names", () => {
    expect(checkNickname("Zoë")).toMatchObject({ ok: true, nickname: "Zoë" });
    expect(checkNickname("Łukasz")).toMatchObject({ ok: true });
    expect(checkNickname("محمد")).toMatchObject({ ok: true });
  });
});

describe("comparing nicknames within a session", () => {
  it("treats case and spacing differences as the same nickname", () => {
    expect(nicknameKey("SAM lee")).toBe(nicknameKey("sam  Lee"));
  });

  it("treats composed and decomposed accents as the same nickname", () => {
    expect(nicknameKey("Zoe\u0308")).toBe(nicknameKey("Zo\u00eb"));
  });

  it("treats look-alike letters from other scripts and invisible characters as the same nickname", () => {
    expect(nicknameKey("B\u03bfb")).toBe(nicknameKey("Bob"));
    expect(nicknameKey("\u0405\u0430m")).toBe(nicknameKey("Sam"));
    expect(nicknameKey("Sam\u3164 Lee")).toBe(nicknameKey("Sam Lee"));
  });

  it("keeps different names apart", () => {
    expect(nicknameKey("Sam")).not.toBe(nicknameKey("Sam 2"));
  });
});

describe("the offensive-word filter", () => {
  it("finds blocked stems inside longer names and through look-alike digits and accents", () => {
    expect(isOffensive("xXfuckXx")).toBe(true);
    expect(isOffensive("sh1t")).toBe(true);
    expect(isOffensive("B1tch")).toBe(true);
    expect(isOffensive("n4zi fan")).toBe(true);
    expect(isOffensive("shït")).toBe(true);
  });

  it("finds short blocked words only as whole words", () => {
    expect(isOffensive("dick")).toBe(true);
    expect(isOffensive("Big Ass")).toBe(true);
    expect(isOffensive("Dickens")).toBe(false);
    expect(isOffensive("Class Clown")).toBe(false);
    expect(isOffensive("Titan")).toBe(false);
  });

  it("finds a word spelt out letter by letter", () => {
    expect(isOffensive("f u c k")).toBe(true);
    expect(isOffensive("S.H.I.T")).toBe(true);
  });

  it("refuses the start of a word for stems that hide inside names, and the whole word for 'nazi'", () => {
    expect(isOffensive("Shithead")).toBe(true);
    expect(isOffensive("pedophile")).toBe(true);
    expect(isOffensive("Nazis")).toBe(true);
    for (const name of ["Ashita", "Torpedo", "Therapist", "Nazim", "Ana Zimmer", "Swanky"]) {
      expect(isOffensive(name), name).toBe(false);
    }
  });

  it("errs on the side of refusing: a stem inside a place name is refused too", () => {
    // The known price of matching the worst stems anywhere in a word; the student picks another nickname.
    expect(isOffensive("Scunthorpe")).toBe(true);
  });

  it("lets ordinary names through", () => {
    for (const name of ["Sam", "Priya K", "Curious Otter", "Essex", "Hancock"]) {
      expect(isOffensive(name)).toBe(false);
    }
  });
});

describe("suggesting a nickname", () => {
  /** Picks 0, 1, 2, … in turn, wrapping at each bound: a predictable stand-in for randomness. */
  function counting(): (bound: number) => number {
    let next = 0;
    return (bound) => next++ % bound;
  }

  it("is an adjective and an animal that passes the nickname check", () => {
    const name = suggestNickname(new Set(), counting());
    expect(name).toBe("Curious Heron");
    expect(checkNickname(name)).toMatchObject({ ok: true, nickname: name });
  });

  it("avoids nicknames already taken in the session", () => {
    const taken = new Set([nicknameKey("Curious Heron")]);
    expect(suggestNickname(taken, counting())).toBe("Sharp Fox");
  });

  it("adds a number when every adjective and animal pair it tried is taken", () => {
    const alwaysFirst = () => 0;
    const name = suggestNickname(new Set([nicknameKey("Curious Owl")]), alwaysFirst);
    expect(name).toBe("Curious Owl 2");
  });

  it("never suggests a nickname longer than 24 characters", () => {
    for (let round = 0; round < 200; round++) {
      expect([...suggestNickname(new Set())].length).toBeLessThanOrEqual(24);
    }
  });
});
