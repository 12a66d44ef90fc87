import type { Child } from "hono/jsx";
import { allLoadedTerms } from "../analysis/analyze-article";
import type {
  ArticleAnalysis,
  ArticleMeta,
  Attribution,
  Boilerplate,
  LoadedTerm,
  Span,
} from "../analysis/types";
import type { Collection } from "../catalog/bundled-articles";
import { Page } from "../views/layout";
import {
  articleHighlights,
  type HighlightData,
  type HighlightKind,
  paragraphSpans,
} from "./article-highlights";
import { findHiddenMarkup, visibleText } from "./display-text";
import { type Highlight, type MarkSegment, type Segment, segmentText } from "./highlight-spans";
import {
  BOILERPLATE_KIND_LABELS,
  CUE_TONE_LABELS,
  LOADED_CATEGORY_LABELS,
  SOURCE_KIND_LABELS,
} from "./labels";
import { boilerplateText, formatIsoDate, shortQuote } from "./sourcing";

/** The text of an article and where its markup hides, shared by everything that shows its words. */
interface Raw {
  text: string;
  hidden: Span[];
}

/** What a reader hears before each highlight, and what the legend calls it. */
const KIND_NAMES: Record<HighlightKind, string> = {
  source: "source",
  cue: "reporting cue",
  hedge: "hedge",
  unsupported: "no evidence",
  loaded: "loaded term",
};

interface LegendEntry {
  className: string;
  name: string;
  sample: string;
  meaning: string;
  count: (analysis: ArticleAnalysis) => number;
}

const LEGEND: readonly LegendEntry[] = [
  {
    className: "hl hl-source",
    name: KIND_NAMES.source,
    sample: "pro-militant sources",
    meaning: "who the article says the claim comes from",
    count: (analysis) => analysis.attributions.length,
  },
  {
    className: "hl hl-cue",
    name: KIND_NAMES.cue,
    sample: "according to",
    meaning: "the words that hand the claim to a source",
    count: (analysis) => analysis.attributions.length,
  },
  {
    className: "hl hl-hedge",
    name: KIND_NAMES.hedge,
    sample: "reportedly",
    meaning: "a claim that floats free: nobody named stands behind it",
    count: (analysis) => analysis.hedges.length,
  },
  {
    className: "hl hl-unsupported",
    name: KIND_NAMES.unsupported,
    sample: "no evidence was provided",
    meaning: "the article itself says proof is missing",
    count: (analysis) => analysis.unsupported.length,
  },
  {
    className: "hl hl-loaded",
    name: KIND_NAMES.loaded,
    sample: "liberated",
    meaning: "wording that takes sides; focus or hover it for neutral words",
    count: (analysis) => allLoadedTerms(analysis).filter((term) => term.voice === "author").length,
  },
  {
    className: "hl hl-loaded hl-quoted",
    name: "loaded term in a quotation",
    sample: "terrorists",
    meaning: "the quoted speaker’s word, not the outlet’s",
    count: (analysis) => allLoadedTerms(analysis).filter((term) => term.voice === "quoted").length,
  },
];

export interface ArticlePageProps {
  slug: string;
  text: string;
  analysis: ArticleAnalysis;
  collection?: Collection;
}

/** The annotated article: sourcing, legend, highlighted body, who says what, and the boilerplate set apart. */
export function ArticlePage({ slug, text, analysis, collection }: ArticlePageProps) {
  const title = analysis.meta.title ?? slug;
  return (
    <Page title={title} current="articles" mainClass="wide">
      <p class="crumbs">
        <a href="/articles">All articles</a> ·{" "}
        <a href={`/play?article=${slug}`}>Quiz yourself on this article</a>
      </p>
      {collection === "practice" && <PracticeNote />}
      <AnnotatedArticle title={title} text={text} analysis={analysis} />
      <script src="/app.js" defer />
    </Page>
  );
}

/**
 * The article as written, without annotations: what a student opens from a question while answering (the
 * annotated page would show the answers). Each line of the text is a paragraph; markup is hidden.
 */
export function ArticleTextPage({
  slug,
  text,
  title,
  collection,
}: {
  /** The bundled article's slug, for the link to its annotated page; null for a teacher's shared article. */
  slug: string | null;
  text: string;
  title: string;
  collection?: Collection;
}) {
  const hidden = findHiddenMarkup(text);
  const lines: Span[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) lines.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return (
    <Page title={title} current="articles">
      {collection === "practice" && <PracticeNote />}
      <article class="article-body plain-article" aria-label={`The article “${title}” as written`}>
        {lines.map((line) => (
          <p>{visibleText(text, line, hidden)}</p>
        ))}
      </article>
      {slug && (
        <p class="crumbs">
          <a href={`/articles/${slug}`}>The annotated article</a> (shows the analysis: open it after the
          quiz).
        </p>
      )}
    </Page>
  );
}

/** Says that a practice piece was written for Byline, so nobody takes it for real news. */
export function PracticeNote() {
  return (
    <p class="notice practice-note">
      <strong>Practice piece:</strong> written for Byline. The outlet, the people and the events are
      fictional.
    </p>
  );
}

/** The headline and the annotated body with its legend and sourcing box: the article page and the library's review. */
export function AnnotatedArticle({
  title,
  text,
  analysis,
}: {
  title: string;
  text: string;
  analysis: ArticleAnalysis;
}) {
  const raw: Raw = { text, hidden: findHiddenMarkup(text) };
  return (
    <>
      <h1>
        <HeadlineWithTerms title={title} terms={analysis.headline?.loaded ?? []} />
      </h1>
      <div class="article-layout">
        <aside class="article-side" aria-label="About this article">
          <Legend analysis={analysis} />
          <SourcingBox analysis={analysis} />
        </aside>
        <div class="article-main">
          <ArticleBody raw={raw} analysis={analysis} />
          <WhoSaysWhat attributions={analysis.attributions} />
          <Conflicts analysis={analysis} />
          <Asymmetries analysis={analysis} />
          <BoilerplateList raw={raw} boilerplate={analysis.boilerplate} />
        </div>
      </div>
    </>
  );
}

function SourcingBox({ analysis }: { analysis: ArticleAnalysis }) {
  const { meta } = analysis;
  const appeal = boilerplateText(analysis, "donation-appeal");
  const disclaimer = boilerplateText(analysis, "disclaimer");
  return (
    <section class="card sourcing" aria-labelledby="sourcing-heading">
      <h2 id="sourcing-heading">Sourcing</h2>
      <dl>
        <dt>Author</dt>
        <dd>{meta.author ?? <em>not stated</em>}</dd>
        <dt>Publisher</dt>
        <dd>{meta.publisher ?? <em>not stated</em>}</dd>
        <dt>Original source</dt>
        <dd>{meta.originalSource ?? <em>not stated</em>}</dd>
        <dt>Date</dt>
        <dd>
          {meta.published ? (
            <time datetime={meta.published}>{formatIsoDate(meta.published)}</time>
          ) : (
            <em>no date given</em>
          )}
        </dd>
        <dt>Republished</dt>
        <dd>
          {meta.republished
            ? `Yes: written by ${meta.author}, put out by ${meta.publisher}`
            : "No: the author and the publisher are the same or not both known"}
        </dd>
        <dt>Donation appeal</dt>
        <dd>
          {appeal ? (
            <>
              <Quoted prefix="Yes" quote={shortQuote(appeal)} />{" "}
              <a href="#boilerplate-heading">Full text below</a>
            </>
          ) : (
            "None"
          )}
        </dd>
        <dt>Publisher’s disclaimer</dt>
        <dd>{disclaimer ? <Quoted prefix="Yes" quote={shortQuote(disclaimer)} /> : "None"}</dd>
        {tagsOf(meta).length > 0 && (
          <>
            <dt>Tags</dt>
            <dd>{tagsOf(meta).join("; ")}</dd>
          </>
        )}
        {meta.links.length > 0 && (
          <>
            <dt>Embedded links</dt>
            {meta.links.map((link) => (
              <dd class="url">{link}</dd>
            ))}
          </>
        )}
      </dl>
    </section>
  );
}

/** The publisher's tags as "Region: Middle East & North Africa", one entry per kind that has any. */
function tagsOf(meta: ArticleMeta): string[] {
  const kinds: [string, string[]][] = [
    ["Region", meta.tags.region],
    ["Theme", meta.tags.theme],
    ["In-depth report", meta.tags.inDepthReport],
  ];
  return kinds
    .filter(([, values]) => values.length > 0)
    .map(([kind, values]) => `${kind}: ${values.join(", ")}`);
}

function Quoted({ prefix, quote }: { prefix: string; quote: string }) {
  return (
    <>
      {prefix}: <q>{quote}</q>
    </>
  );
}

function Legend({ analysis }: { analysis: ArticleAnalysis }) {
  return (
    <section class="card legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">Legend</h2>
      <ul>
        {LEGEND.map((entry) => (
          <li>
            <span class={entry.className}>{entry.sample}</span> <strong>{entry.name}</strong>{" "}
            <span class="count">({entry.count(analysis)} found)</span>: {entry.meaning}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ArticleBody({ raw, analysis }: { raw: Raw; analysis: ArticleAnalysis }) {
  const highlights = articleHighlights(analysis);
  return (
    <section class="article-body" aria-labelledby="body-heading">
      <h2 id="body-heading">The article</h2>
      {paragraphSpans(analysis.sentences).map((paragraph) => (
        <p>
          <Segments raw={raw} segments={segmentText(paragraph, relevant(highlights, paragraph))} />
        </p>
      ))}
    </section>
  );
}

function relevant(highlights: Highlight<HighlightData>[], range: Span): Highlight<HighlightData>[] {
  return highlights.filter((item) => item.start < range.end && item.end > range.start);
}

function Segments({ raw, segments }: { raw: Raw; segments: Segment<HighlightData>[] }) {
  return (
    <>
      {segments.map((segment) =>
        segment.type === "text" ? (
          visibleText(raw.text, segment, raw.hidden)
        ) : (
          <Mark raw={raw} segment={segment} />
        ),
      )}
    </>
  );
}

function Mark({ raw, segment }: { raw: Raw; segment: MarkSegment<HighlightData> }) {
  const data = segment.highlight.data;
  const inner = <Segments raw={raw} segments={segment.children} />;
  const label = segment.first ? <span class="vh">{`${KIND_NAMES[data.kind]}: `}</span> : null;
  if (data.kind === "loaded")
    return <LoadedMark term={data.term} id={data.id} first={segment.first} inner={inner} />;
  return (
    <span class={`hl hl-${data.kind}`}>
      {label}
      {inner}
    </span>
  );
}

/** The headline as shown (markup stripped), each loaded word in it marked like those in the body. */
function HeadlineWithTerms({ title, terms }: { title: string; terms: readonly LoadedTerm[] }) {
  const pieces: Child[] = [];
  let shownUpTo = 0;
  terms.forEach((term, index) => {
    const at = title.indexOf(term.text, shownUpTo);
    if (at === -1) return;
    pieces.push(title.slice(shownUpTo, at));
    pieces.push(<LoadedMark term={term} id={`headline-loaded-${index}`} first inner={term.text} />);
    shownUpTo = at + term.text.length;
  });
  pieces.push(title.slice(shownUpTo));
  return <>{pieces}</>;
}

/**
 * A loaded term is focusable; its tooltip (neutral words, why) shows on hover and focus with CSS alone, and
 * Escape hides it where JavaScript runs.
 */
function LoadedMark({
  term,
  id,
  first,
  inner,
}: {
  term: LoadedTerm;
  id: string;
  first: boolean;
  inner: Child;
}) {
  const classes = `hl hl-loaded${term.voice === "quoted" ? " hl-quoted" : ""}`;
  if (!first) return <span class={classes}>{inner}</span>;
  return (
    <span class="lt">
      <span class={classes} tabindex={0} aria-describedby={id}>
        <span class="vh">{`${KIND_NAMES.loaded}: `}</span>
        {inner}
      </span>
      <span class="tip" role="tooltip" id={id}>
        <strong>{LOADED_CATEGORY_LABELS[term.category]}.</strong>{" "}
        {term.neutral.length > 0 ? `Neutral: ${term.neutral.join(", ")}.` : "No neutral word: leave it out."}{" "}
        {term.explanation}
        {term.voice === "quoted" &&
          ` Quoted words${term.speaker ? ` of ${term.speaker}` : ""}, not the outlet’s own.`}
      </span>
    </span>
  );
}

function WhoSaysWhat({ attributions }: { attributions: Attribution[] }) {
  if (attributions.length === 0) return null;
  return (
    <section aria-labelledby="who-heading">
      <h2 id="who-heading">Who says what</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Cue and claim</th>
          </tr>
        </thead>
        <tbody>
          {attributions.map((item) => (
            <tr>
              <td>
                {item.source}
                <small>
                  {SOURCE_KIND_LABELS[item.sourceKind]}
                  {item.sourceKind === "pronoun" &&
                    item.resolvedSource &&
                    `, refers to ${item.resolvedSource}`}
                </small>
              </td>
              <td>
                <strong>{item.cue}</strong> <small class="inline">({CUE_TONE_LABELS[item.cueTone]})</small>
                <br />
                {item.claim}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Conflicts({ analysis }: { analysis: ArticleAnalysis }) {
  if (analysis.conflicts.length === 0) return null;
  return (
    <section aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">Conflicting figures</h2>
      <ul>
        {analysis.conflicts.map((conflict) => (
          <li>
            <strong>{capitalised(conflict.about)}</strong>
            <ul>
              {conflict.figures.map((figure) => (
                <li>
                  <strong>{figure.value}</strong> according to {figure.source}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Asymmetries({ analysis }: { analysis: ArticleAnalysis }) {
  if (analysis.asymmetries.length === 0) return null;
  return (
    <section aria-labelledby="asymmetries-heading">
      <h2 id="asymmetries-heading">Same action, different words</h2>
      <ul>
        {analysis.asymmetries.map((asymmetry) => (
          <li>
            <strong>{capitalised(asymmetry.action)}</strong>
            <ul>
              {asymmetry.sides.map((side) => (
                <li>
                  {side.actor}: <q>{side.term}</q>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Neighbouring passages of the same kind (a donation appeal over two lines) under one label. */
function groupByKind(boilerplate: Boilerplate[]): Boilerplate[][] {
  const groups: Boilerplate[][] = [];
  for (const passage of boilerplate) {
    const last = groups[groups.length - 1];
    if (last?.[0]?.kind === passage.kind) last.push(passage);
    else groups.push([passage]);
  }
  return groups;
}

function BoilerplateList({ raw, boilerplate }: { raw: Raw; boilerplate: Boilerplate[] }) {
  if (boilerplate.length === 0) return null;
  return (
    <section class="boilerplate" aria-labelledby="boilerplate-heading">
      <h2 id="boilerplate-heading">Around the article: not reporting</h2>
      <p>The publisher’s additions, kept for sourcing questions and not analysed as reporting.</p>
      <dl>
        {groupByKind(boilerplate).map((group) => (
          <>
            <dt>{BOILERPLATE_KIND_LABELS[group[0]?.kind ?? "share-request"]}</dt>
            {group.map((passage) => (
              <dd>{visibleText(raw.text, passage, raw.hidden)}</dd>
            ))}
          </>
        ))}
      </dl>
    </section>
  );
}

/** "1 source", "3 sources". */
function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** One line per seed article on the index page. */
export interface ArticleListing {
  slug: string;
  analysis: ArticleAnalysis;
  collection: Collection;
}

/** The bundled articles, the seeds first and then the practice pieces, each with its byline and findings. */
export function ArticleIndexPage({ articles }: { articles: readonly ArticleListing[] }) {
  const seeds = articles.filter((article) => article.collection === "seed");
  const practice = articles.filter((article) => article.collection === "practice");
  return (
    <Page title="Articles" current="articles">
      <h1>Articles</h1>
      <p>
        News pieces, annotated: who is quoted, which claims float free, and which words take sides. Open one
        to project it in class.
      </p>
      <h2>Real articles</h2>
      <ArticleCards articles={seeds} />
      {practice.length > 0 && (
        <>
          <h2>Practice pieces</h2>
          <p>
            Written for Byline to practise on: a wire report, an opinion column, state media, a health scare,
            local politics and business news. The outlets, the people and the events are fictional.
          </p>
          <ArticleCards articles={practice} />
        </>
      )}
    </Page>
  );
}

function ArticleCards({ articles }: { articles: readonly ArticleListing[] }) {
  return (
    <ul class="cards">
      {articles.map(({ slug, analysis, collection }) => (
        <li class="card">
          <h3>
            <a href={`/articles/${slug}`}>{analysis.meta.title ?? slug}</a>
          </h3>
          {collection === "practice" && <p class="tag">Practice piece</p>}
          <p class="byline">
            {analysis.meta.author ? `By ${analysis.meta.author}` : "Author not stated"}
            {analysis.meta.publisher && ` · ${analysis.meta.publisher}`} ·{" "}
            {analysis.meta.published ? (
              <time datetime={analysis.meta.published}>{formatIsoDate(analysis.meta.published)}</time>
            ) : (
              "no date given"
            )}
          </p>
          <p class="counts">
            {[
              counted(analysis.attributions.length, "attribution"),
              counted(analysis.hedges.length, "hedge"),
              counted(allLoadedTerms(analysis).length, "loaded term"),
            ].join(" · ")}
          </p>
        </li>
      ))}
    </ul>
  );
}
