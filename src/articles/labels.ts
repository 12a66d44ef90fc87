import type { BoilerplateKind, CueTone, LoadedCategory, SourceKind } from "../analysis/types";

/** How each kind of source is named on the page. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  "named-person": "named person",
  organisation: "named organisation or official body",
  "media-outlet": "media outlet",
  "partisan-unnamed": "unnamed, labelled by side",
  vague: "vague or anonymous",
  pronoun: "pronoun",
};

/** What the tone of a reporting cue does to the claim, in a few words. */
export const CUE_TONE_LABELS: Record<CueTone, string> = {
  neutral: "neutral",
  distancing: "distancing: casts doubt",
  presupposing: "presupposing: treats it as true",
  emotive: "emotive",
};

export const LOADED_CATEGORY_LABELS: Record<LoadedCategory, string> = {
  label: "label or name-calling",
  euphemism: "euphemism",
  "positive-framing": "positive framing of one side",
  intensifier: "intensifier or dramatic wording",
  dehumanising: "dehumanising word",
  conspiracy: "conspiracy framing",
  "violence-metaphor": "violence as a metaphor for politics",
  sensationalism: "sensational wording",
  presupposition: "treats a claim as known to all",
  "scare-quotes": "scare quotes",
  "so-called": "“so-called”",
};

export const BOILERPLATE_KIND_LABELS: Record<BoilerplateKind, string> = {
  "share-request": "Share request",
  "donation-appeal": "Donation appeal",
  "original-source": "Original source",
  copyright: "Copyright line",
  "comment-invite": "Invitation to comment",
  "membership-appeal": "Membership appeal",
  "author-credit": "Author credit",
  disclaimer: "Publisher’s disclaimer",
  "fair-use": "Fair-use notice",
  "media-inquiry": "Media inquiries",
};
