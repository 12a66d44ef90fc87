import type { LoadedCategory } from "../types";

/**
 * Words around a match that change what it means. Phrases are lower-case words separated by single
 * spaces; in the text a hyphen counts as a space ("exchange-rate regime" = "exchange rate regime").
 * A rule holds when all of its conditions hold.
 */
export interface ContextRule {
  /** A phrase among the `window` words just before the match. */
  before?: readonly string[];
  /** A phrase among the `window` words just after the match. */
  after?: readonly string[];
  /** A phrase anywhere in the sentence. */
  sentence?: readonly string[];
  /** How many words `before` and `after` look at (default 1). */
  window?: number;
  /** The match comes right after a form of "to be" ("9 militants were eliminated"). */
  passive?: boolean;
  /** A capitalised word, a name, starts among the `window` words after the match ("liberated Kherson"). */
  nameAfter?: boolean;
  /** The match opens the sentence ("Stonewall Jackson's troops"). */
  atStart?: boolean;
  /**
   * The match tells how someone spoke: a quotation of speech stands beside it ('barked, “Out!”'), or
   * the attribution finder reads the match as the verb of a report ("fumed that the vote was rigged").
   */
  speech?: boolean;
  /** Why the rule exists, for whoever edits the data. */
  note: string;
}

/** The categories a lexicon entry can have; scare quotes and "so-called" are devices, found apart. */
export type LexiconCategory = Exclude<LoadedCategory, "scare-quotes" | "so-called">;

/** One loaded word or phrase, with every form it takes. */
export interface LexiconEntry {
  /** Stable key, the base form: "liberate", "collateral damage". */
  id: string;
  category: LexiconCategory;
  /** Forms to match, lower-case; a space or hyphen in a form matches a space or hyphen in the text. */
  forms: readonly string[];
  /** One to three plain ways to say the same thing. */
  neutral: readonly string[];
  /**
   * Plainer words for a particular subject, used instead of `neutral` when the rule holds: "extremists"
   * about people in the street are "protesters", not "militants" (the first rule that holds wins).
   */
  neutralWhen?: readonly (ContextRule & { neutral: readonly string[] })[];
  /** One line a teenager can read: why the word takes sides. */
  explanation: string;
  /** Where the idea comes from: a style guide's advice, a known propaganda technique. */
  origin: string;
  /** The match counts only when one of these rules holds. */
  requires?: readonly ContextRule[];
  /** The match does not count when one of these rules holds. */
  unless?: readonly ContextRule[];
  /** Written with a capital inside a sentence, the word is part of a name ("National Front for Liberation"). */
  skipInNames?: boolean;
  /**
   * The word is always written with a capital (Nazis, Assadist), so a capitalised neighbour does not make
   * it part of a name. Other capitalised matches next to a capitalised word are names ("Terrorist Finance Unit").
   */
  capitalised?: boolean;
}

/** How one of the two distancing devices is explained; its neutral wording is the phrase without it. */
export interface DeviceNote {
  explanation: string;
  origin: string;
}

/** How a word for an action leans: "liberated" favours the actor, "fled" belittles, "captured" is plain. */
export type Leaning = "plain" | "favourable" | "unfavourable" | "sanitising" | "condemning";

/** One word for an action, as used by the asymmetry detector. */
export interface ActionTerm {
  /** Forms to match, lower-case, as in LexiconEntry.forms. */
  forms: readonly string[];
  leaning: Leaning;
  /** Where the actor is found: the clause subject (default), or after "to" ("the town fell to rebels"). */
  actorAfter?: "to";
  /** What must follow this term, when it differs from its class ("massacred" counts only for fighters). */
  object?: readonly string[];
}

/** A kind of action that reports describe with different words for different sides. */
export interface ActionClass {
  /** Shown to readers: "taking territory". */
  action: string;
  terms: readonly ActionTerm[];
  /** What must follow the verb for it to be this action (a place for territory, people for killing). */
  object: readonly string[];
  /** An object may also be a capitalised name (a town). */
  objectMayBeName: boolean;
}
