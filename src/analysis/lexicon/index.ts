import { DEHUMANISING_WORDS } from "./dehumanising";
import { EUPHEMISMS } from "./euphemisms";
import { INTENSIFIERS } from "./intensifiers";
import { LABELS } from "./labels";
import { POSITIVE_FRAMING } from "./positive-framing";
import type { LexiconEntry } from "./types";

export { ACTION_CLASSES } from "./action-classes";
export { SCARE_QUOTES, SO_CALLED } from "./devices";
export type { ActionClass, ActionTerm, ContextRule, DeviceNote, Leaning, LexiconEntry } from "./types";

/** Every loaded word and phrase Byline looks for (MIT; see README.md for how to add one). */
export const LEXICON: readonly LexiconEntry[] = [
  ...LABELS,
  ...EUPHEMISMS,
  ...POSITIVE_FRAMING,
  ...INTENSIFIERS,
  ...DEHUMANISING_WORDS,
];
