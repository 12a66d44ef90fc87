import { findAsymmetries } from "./asymmetry";
import { findAttributions } from "./attributions";
import { findFigureConflicts } from "./conflicts";
import { findHedges, findUnsupportedClaimMarkers } from "./hedges";
import { findLoadedTerms } from "./loaded-language";
import { parseArticle } from "./parse-article";
import { splitSentences } from "./sentences";
import type { ArticleAnalysis } from "./types";

/** Reads an article as a careful editor would: who says what, what floats free, which words take sides. */
export function analyzeArticle(text: string): ArticleAnalysis {
  const parsed = parseArticle(text);
  const sentences = splitSentences(text, parsed.paragraphs);
  const attributions = findAttributions(text, sentences);
  return {
    meta: parsed.meta,
    sentences,
    attributions,
    hedges: findHedges(sentences, attributions),
    unsupported: findUnsupportedClaimMarkers(sentences),
    conflicts: findFigureConflicts(sentences, attributions),
    loaded: findLoadedTerms(text, sentences, attributions),
    asymmetries: findAsymmetries(text, sentences),
    boilerplate: parsed.boilerplate,
  };
}
