import { describe, expect, it } from "vitest";
import { formKey } from "./forms";
import { ACTION_CLASSES, LEXICON } from "./index";

const PLAIN_WORDS = [
  "said",
  "civilians",
  "fighters",
  "government forces",
  "offensive",
  "troops",
  "militants",
  "rebels",
  "army",
  "insurgents",
  "soldiers",
  "killed",
  "captured",
];

describe("the loaded-language lexicon", () => {
  it("gives every entry one to three neutral alternatives, an explanation and an origin", () => {
    for (const entry of LEXICON) {
      expect(entry.neutral.length, entry.id).toBeGreaterThanOrEqual(1);
      expect(entry.neutral.length, entry.id).toBeLessThanOrEqual(3);
      expect(entry.origin.length, entry.id).toBeGreaterThan(10);
      expect(entry.forms.length, entry.id).toBeGreaterThan(0);
    }
  });

  it("keeps each explanation to one short line a teenager can read", () => {
    for (const entry of LEXICON) {
      expect(entry.explanation, entry.id).not.toMatch(/\n/);
      expect(entry.explanation.length, entry.id).toBeLessThanOrEqual(120);
    }
  });

  it("writes forms in plain ASCII letters, as the one-pass matcher reads them", () => {
    for (const entry of LEXICON) {
      for (const form of entry.forms) expect(form, entry.id).toMatch(/^[a-z0-9' -]+$/);
    }
  });

  it("writes forms in lower case and lists each form under one entry only", () => {
    const seen = new Map<string, string>();
    for (const entry of LEXICON) {
      for (const form of entry.forms) {
        expect(form, entry.id).toBe(form.toLowerCase());
        const key = formKey(form);
        expect(seen.get(key), `${form} in ${entry.id}`).toBeUndefined();
        seen.set(key, entry.id);
      }
    }
  });

  it("gives each entry a unique id", () => {
    const ids = LEXICON.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("never lists a plain word of reporting as loaded", () => {
    const forms = new Set(LEXICON.flatMap((entry) => entry.forms.map(formKey)));
    for (const word of PLAIN_WORDS) expect(forms.has(word), word).toBe(false);
  });

  it("never offers a loaded form as a neutral alternative", () => {
    const forms = new Set(LEXICON.flatMap((entry) => entry.forms.map(formKey)));
    for (const entry of LEXICON) {
      const neutrals = [...entry.neutral, ...(entry.neutralWhen ?? []).flatMap((rule) => rule.neutral)];
      for (const neutral of neutrals)
        expect(forms.has(formKey(neutral)), `${entry.id}: ${neutral}`).toBe(false);
    }
  });

  it("covers every category the detector reports by word", () => {
    const categories = new Set(LEXICON.map((entry) => entry.category));
    expect([...categories].sort()).toEqual([
      "conspiracy",
      "dehumanising",
      "euphemism",
      "intensifier",
      "label",
      "positive-framing",
      "presupposition",
      "sensationalism",
      "violence-metaphor",
    ]);
  });

  it("lists each action term once and gives every action a plain term", () => {
    const forms = ACTION_CLASSES.flatMap((actionClass) => actionClass.terms.flatMap((term) => term.forms));
    expect(new Set(forms).size).toBe(forms.length);
    for (const actionClass of ACTION_CLASSES) {
      expect(
        actionClass.terms.some((term) => term.leaning === "plain"),
        actionClass.action,
      ).toBe(true);
    }
  });
});
