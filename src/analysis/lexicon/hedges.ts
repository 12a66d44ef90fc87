/**
 * Hedges and unsupported-claim markers, one pattern per line (syntax in `phrases.ts`: `a/b` either
 * word, `word?` optional, `has_been` one choice of two words, `*2` up to two words). Add a hedge or a
 * marker in one line; `../hedges.test.ts` has a spec per family.
 */

/** Phrases that let a claim float free of any source: the article reports it without saying who says so. */
export const HEDGE_PHRASES: readonly string[] = [
  "reportedly",
  "allegedly",
  "purportedly",
  "supposedly",
  "it_is/it's/it’s/it_was expected/believed/claimed/reported/said/rumoured/rumored/understood/thought",
  "is/are/was/were said/believed/rumoured/rumored/understood/thought/reported/alleged/expected to",
  "earlier/some/unconfirmed? reports appeared/emerged/surfaced/suggest/suggested/indicate/indicated",
  "there are/were unconfirmed? reports",
];

/** The article itself says that a claim came without evidence or could not be checked. */
export const UNSUPPORTED_CLAIM_PHRASES: readonly string[] = [
  "no *2 evidence/proof *6 was/were/is/has_been/had_been/was_ever provided/presented/offered/given/shown/produced",
  "could/can/cannot/can't/could_not/has_not_been/have_not_been/was_not/were_not not? be? immediately? independently? verified/confirmed",
  "could_not/cannot/can't/was_unable_to/were_unable_to/did_not immediately? independently? verify/confirm",
  "did/has/have/had not provided/provide/offered/offer/presented/present/given/give/shown/show any? evidence/proof",
  "provided/offered/presented/gave no evidence/proof",
  "without providing/offering/presenting/giving any? evidence/proof",
  "there is/was no evidence",
];
