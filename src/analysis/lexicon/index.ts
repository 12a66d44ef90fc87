import { CONSPIRACY_FRAMING } from "./conspiracy";
import { CONTEMPT_LABELS } from "./contempt";
import { DEHUMANISING_WORDS } from "./dehumanising";
import { EPITHETS } from "./epithets";
import { EUPHEMISMS } from "./euphemisms";
import { EXTREMITY_WORDS } from "./extremity";
import { INTENSIFIERS } from "./intensifiers";
import { LABELS } from "./labels";
import { POSITIVE_FRAMING } from "./positive-framing";
import { PRESUPPOSITIONS } from "./presupposition";
import { SENSATIONALISM } from "./sensationalism";
import { TEMPER_WORDS } from "./temper";
import type { LexiconEntry } from "./types";
import { VERDICTS } from "./verdicts";
import { VIOLENCE_METAPHORS } from "./violence-metaphors";

export { ACTION_CLASSES } from "./action-classes";
export { HATING_COMPOUNDS } from "./contempt";
export { SCARE_QUOTES, SO_CALLED, SO_CALLED_QUOTED } from "./devices";
export type { ActionClass, ActionTerm, ContextRule, DeviceNote, Leaning, LexiconEntry } from "./types";

/** Every loaded word and phrase Byline looks for (MIT; see README.md for how to add one). */
export const LEXICON: readonly LexiconEntry[] = [
  ...LABELS,
  ...EUPHEMISMS,
  ...POSITIVE_FRAMING,
  ...INTENSIFIERS,
  ...DEHUMANISING_WORDS,
  ...CONTEMPT_LABELS,
  ...CONSPIRACY_FRAMING,
  ...VIOLENCE_METAPHORS,
  ...SENSATIONALISM,
  ...PRESUPPOSITIONS,
  ...VERDICTS,
  ...TEMPER_WORDS,
  ...EXTREMITY_WORDS,
  ...EPITHETS,
];
