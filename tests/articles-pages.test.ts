import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";

const SLUGS = [
  "army-advance-in-southern-idlib",
  "russia-backed-offensive-in-southern-idlib",
  "battle-for-idlib-m5-highway",
  "army-repels-attack-in-idlib",
  "maarat-al-numan-about-to-fall",
];

async function page(path: string): Promise<{ status: number; type: string | null; html: string }> {
  const response = await exports.default.fetch(`https://byline.test${path}`);
  return { status: response.status, type: response.headers.get("content-type"), html: await response.text() };
}

/** The words of a fragment of HTML without its tags (a tag counts as a space), spaces collapsed. */
function wordsOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

function section(html: string, className: string): string {
  const match = new RegExp(`<section class="${className}"[\\s\\S]*?</section>`).exec(html);
  if (!match) throw new Error(`no section .${className}`);
  return match[0];
}

/** The words of the tooltip that describes the first loaded term reading exactly `term`. */
function tooltipOf(html: string, term: string): string {
  const focusable = new RegExp(
    `class="hl hl-loaded" tabindex="0" aria-describedby="(loaded-\\d+)"><span class="vh">loaded term: </span>${term}</span>`,
  ).exec(html);
  if (!focusable?.[1]) throw new Error(`"${term}" is not marked as a loaded term`);
  return tooltipById(html, focusable[1]);
}

function tooltipById(html: string, id: string): string {
  const tip = new RegExp(`<span class="tip" role="tooltip" id="${id}">(.*?)</span></span>`).exec(html);
  if (!tip?.[1]) throw new Error(`no tooltip #${id}`);
  return wordsOf(tip[1]);
}

async function gzippedSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return (await new Response(stream).arrayBuffer()).byteLength;
}

describe("the article index page", () => {
  it("links every seed article by its title, with its byline and date or 'no date given'", async () => {
    const { status, type, html } = await page("/articles");
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/html/);
    for (const slug of SLUGS) expect(html).toContain(`href="/articles/${slug}"`);
    expect(html).toContain(">Video: Syrian Army Developing Advance in Southern Idlib</a>");
    const words = wordsOf(html);
    expect(words).toContain("By South Front · Global Research · 26 November 2019");
    expect(words).toContain("By South Front · Global Research · no date given");
  });
});

describe("the annotated article page", () => {
  it("is a complete HTML page in the site shell, with a skip link and the navigation", async () => {
    const { status, html } = await page("/articles/army-advance-in-southern-idlib");
    expect(status).toBe(200);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<a class="skip-link" href="#main">');
    for (const href of ['"/"', '"/articles"', '"/play"', '"/sessions/new"'])
      expect(html).toContain(`href=${href}`);
    expect(html).toContain('<a href="/articles" aria-current="page">Articles</a>');
    expect(html).toContain("<h1>Video: Syrian Army Developing Advance in Southern Idlib</h1>");
  });

  it("shows the legend of every highlight style", async () => {
    const legend = wordsOf(
      section((await page("/articles/army-advance-in-southern-idlib")).html, "card legend"),
    );
    for (const name of ["source", "reporting cue", "hedge", "no evidence", "loaded term"]) {
      expect(legend).toContain(name);
    }
  });

  it("marks 'According to pro-militant sources' as a cue and a source, labelled for screen readers", async () => {
    const { html } = await page("/articles/army-advance-in-southern-idlib");
    expect(html).toContain(
      '<span class="hl hl-cue"><span class="vh">reporting cue: </span>According to</span> <span class="hl hl-source"><span class="vh">source: </span>pro-militant sources</span>',
    );
  });

  it("marks the floating 'reportedly' as a hedge and the missing evidence as such", async () => {
    const { html } = await page("/articles/maarat-al-numan-about-to-fall");
    expect(html).toContain('<span class="hl hl-hedge"><span class="vh">hedge: </span>reportedly</span>');
    expect(html).toContain(
      '<span class="hl hl-unsupported"><span class="vh">no evidence: </span>no evidence was provided</span>',
    );
  });

  it("makes 'liberated' a focusable loaded term whose tooltip offers a neutral alternative", async () => {
    const { html } = await page("/articles/army-advance-in-southern-idlib");
    const tip = tooltipOf(html, "liberated");
    expect(tip).toMatch(/positive framing/);
    expect(tip).toMatch(/Neutral: [^.]*\b(captured|took control of)\b/);
  });

  it("marks the loaded word in the headline, with its tooltip, inside the page's heading", async () => {
    const { html } = await page("/articles/army-repels-attack-in-idlib");
    const heading = /<h1>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "";
    expect(heading).toMatch(/class="hl hl-loaded" tabindex="0" aria-describedby="headline-loaded-0"/);
    expect(wordsOf(heading)).toMatch(
      /^Video: Syrian Army Repels .* Affiliated loaded term: Mercenaries label or name-calling\./,
    );
    expect(tooltipById(html, "headline-loaded-0")).toMatch(/Neutral: /);
  });

  it("marks a loaded word inside a quotation as the speaker's, not the outlet's", async () => {
    const { html } = await page("/articles/battle-for-idlib-m5-highway");
    const quoted = /class="hl hl-loaded hl-quoted" tabindex="0" aria-describedby="(loaded-\d+)"/.exec(html);
    expect(quoted).not.toBeNull();
    expect(tooltipById(html, quoted?.[1] ?? "")).toMatch(/Quoted words of .+, not the outlet’s own\./);
  });

  it("lists the same action told in different words for the army and the militants", async () => {
    const { html } = await page("/articles/army-advance-in-southern-idlib");
    const section = wordsOf(
      /<section aria-labelledby="asymmetries-heading">[\s\S]*?<\/section>/.exec(html)?.[0] ?? "",
    );
    expect(section).toMatch(/Taking territory .*liberated.*captured|Taking territory .*captured.*liberated/);
  });

  it("fills the sourcing box of a dated seed: author, publisher, original source, date, republished, appeal, disclaimer", async () => {
    const box = wordsOf(
      section((await page("/articles/army-advance-in-southern-idlib")).html, "card sourcing"),
    );
    expect(box).toContain("Author South Front");
    expect(box).toContain("Publisher Global Research");
    expect(box).toContain("Original source Global Research");
    expect(box).toContain("Date 26 November 2019");
    expect(box).toContain("Republished Yes: written by South Front, put out by Global Research");
    expect(box).toContain(
      "Tags Region: Middle East & North Africa; Theme: Intelligence, US NATO War Agenda; In-depth report: SYRIA",
    );
    expect(box).toContain("Donation appeal Yes: We call upon Global Research readers to support South Front");
    expect(box).toContain(
      "Publisher’s disclaimer Yes: The contents of this article are of sole responsibility of the author(s).",
    );
  });

  it("says 'no date given' for the seeds that give no date", async () => {
    for (const slug of ["army-repels-attack-in-idlib", "maarat-al-numan-about-to-fall"]) {
      const box = wordsOf(section((await page(`/articles/${slug}`)).html, "card sourcing"));
      expect(box).toContain("Date no date given");
      expect(box).toContain("Original source not stated");
    }
  });

  it("shows the words of links and bold text, never their markdown or HTML syntax", async () => {
    for (const slug of SLUGS) {
      const { html } = await page(`/articles/${slug}`);
      expect(html).not.toContain("](#)");
      expect(html).not.toContain("**");
      expect(html).not.toContain("&lt;a href");
    }
    const { html } = await page("/articles/russia-backed-offensive-in-southern-idlib");
    expect(wordsOf(section(html, "boilerplate"))).toContain("Author credit Articles by: South Front");
  });

  it("sets the boilerplate apart after the body, labelled by kind, never inside the article", async () => {
    const { html } = await page("/articles/army-advance-in-southern-idlib");
    const body = wordsOf(section(html, "article-body"));
    expect(body).toContain("Tensions are heating up around the militant-held parts of Idlib");
    expect(body).not.toMatch(/PayPal|Disclaimer|fair use/);
    const boilerplate = wordsOf(section(html, "boilerplate"));
    for (const label of ["Share request", "Donation appeal", "Publisher’s disclaimer", "Fair-use notice"]) {
      expect(boilerplate).toContain(label);
    }
    expect(boilerplate).toContain("PayPal: southfront@list.ru");
  });

  it("answers an unknown article with a 404 page that says so", async () => {
    const { status, type, html } = await page("/articles/no-such-article");
    expect(status).toBe(404);
    expect(type).toMatch(/^text\/html/);
    expect(wordsOf(html)).toContain('There is no article "no-such-article"');
  });

  it("weighs under 15 KB gzipped, article text included, for every seed", async () => {
    for (const slug of SLUGS) {
      const { html } = await page(`/articles/${slug}`);
      expect(await gzippedSize(html), slug).toBeLessThan(15 * 1024);
    }
  });
});

describe("practice pieces beside the seeds", () => {
  it("lists the practice pieces apart from the real articles, each labelled as a practice piece", async () => {
    const { html } = await page("/articles");
    const [real = "", practice = ""] = html.split("<h2>Practice pieces</h2>");
    expect(real).toContain('href="/articles/army-advance-in-southern-idlib"');
    expect(real).not.toContain("Practice piece");
    expect(practice).toContain("fictional");
    expect(practice).toContain('href="/articles/capital-protest-state-media"');
    expect(practice.match(/<p class="tag">Practice piece<\/p>/g)).toHaveLength(6);
  });

  it("says on a practice piece's page that it was written for Byline, and on no seed's", async () => {
    expect(wordsOf((await page("/articles/miracle-berry-health-story")).html)).toContain(
      "Practice piece: written for Byline. The outlet, the people and the events are fictional.",
    );
    expect((await page(`/articles/${SLUGS[0]}`)).html).not.toContain("Practice piece");
  });

  it("offers the practice pieces, labelled, in the public quiz and the session setup", async () => {
    for (const path of ["/play", "/sessions/new"]) {
      const words = wordsOf((await page(path)).html);
      expect(words, path).toContain(
        "Fresco captures 12 per cent of grocery market as discount push pays off (practice piece)",
      );
      expect(words, path).not.toContain("Southern Idlib (practice piece)");
    }
  });
});
