/** Articles written for the library specs: not the seeds, not the practice pieces. */
export const WIRE_REPORT = `Ferry service resumes after three-week strike

By Maren Duval

Coastline Press Agency, 2 June 2026

Ferries between Portavel and the island of Inchmore will run again from Monday after crews voted to accept a pay offer, the operator, Northsound Ferries, said on Friday.

The crews' union, the Maritime Workers Association, said 212 of its 260 members had voted and 71 per cent had backed the offer. Its regional secretary, Colm Adair, said the agreement raised basic pay by 6 per cent this year and 4 per cent next year.

Northsound Ferries said the strike had cost it about £2.4 million in lost fares. Inchmore Council said 40 island businesses had reported losses during the strike, while the island's chamber of commerce put the number at 65.

"We are glad the boats are coming back, but many shops will not recover this summer," said Ailsa Rennie, who runs a bakery near the pier.

The transport minister, Devi Prakash, said the government would review how lifeline ferry routes are run before the end of the year.
`;

export const OPINION_COLUMN = `Opinion: The council's parking plan will gut our high street

By Harold Quince, Columnist

Ashbourne Chronicle, 9 April 2026

Ashbourne's council wants you to believe that doubling parking charges on the high street will save the town centre. It will not. It is a cash grab dressed up as a so-called "climate policy".

Councillor Nina Farrow, who leads on transport, said the charges would cut traffic and pay for new bus routes. The buses she promises have been promised before, and they never came.

Shopkeepers are furious, and they are right to be. The council rammed the plan through in a single evening, and it will be gutting Market Street by the summer.

The council should scrap this reckless plan and talk to the people who keep the high street alive before it is too late.
`;

/** No loaded word anywhere: its loaded-language questions must all be control items. */
export const PLAIN_REPORT = `Library extends weekday opening hours

By Sam Field

Valley Courier, 5 October 2026

The town library will open until eight o'clock on weekdays from next month, the council said on Monday. The change follows a survey in which 412 residents asked for later opening hours.

Staff will work in two shifts, and the council will pay for the extra hours from its reading budget. The head librarian, Ruth Amadi, said the evening hours would suit pupils who study after school.

The library also plans a homework club for pupils on Tuesday and Thursday evenings. Places are free, and parents can book them at the front desk or on the council's website.
`;

/** A saved news page: scripts, styles, navigation, header, footer and an aside around the article. */
export const NEWS_PAGE_HTML = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8"><title>Harbour bridge reopens | Bayside Post</title>
<meta name="author" content="Tobias Wren">
<meta property="article:published_time" content="2026-07-14T08:00:00Z">
<style>.byline { color: grey } body::after { content: "STYLE-LEAK" }</style>
<script>window.dataLayer = []; console.log("SCRIPT-LEAK");</script>
</head><body>
<header><nav><a href="/">Home</a><a href="/news">News</a><a href="/sport">NAV-LEAK Sport</a></nav></header>
<main><article>
<h1>Harbour bridge reopens after repairs</h1>
<p class="byline">By Tobias Wren</p>
<p>The harbour bridge in Bayside reopened to traffic on Tuesday after eight months of repairs, the county highways department said.</p>
<p>The department said the repairs cost £3.2 million, about £400,000 more than planned, because rust damage under the deck was worse than surveys had shown.</p>
<p>Lorries over 18 tonnes will still be barred until a final load test in August, said the department's chief engineer, Amara Obi.</p>
<aside>Most read: ASIDE-LEAK ten things to do this weekend</aside>
</article></main>
<footer>FOOTER-LEAK Copyright Bayside Post <form><input name="email"><button>Sign up</button></form></footer>
<script src="/ads.js"></script>
</body></html>`;

/**
 * Over 2,000 words, for the steps a long library article is analysed in: the three reports' paragraphs under
 * one headline, six times over, their figures changed each round.
 */
export const LONG_REPORT = `Ferries, parking and library hours: a week in the region

By Maren Duval

Coastline Press Agency, 2 June 2026

${Array.from({ length: 6 }, (_, round) =>
  [WIRE_REPORT, OPINION_COLUMN, PLAIN_REPORT]
    .map((article) => article.split("\n\n").slice(3).join("\n\n").trim())
    .join("\n\n")
    .replace(/\d+/g, (figure) => String(Number(figure) + round)),
).join("\n\n")}
`;
