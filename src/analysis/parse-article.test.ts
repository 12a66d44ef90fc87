import { describe, expect, it } from "vitest";
import { parseArticle } from "./parse-article";

const REPUBLISHED = `

## Video: Army Advances Near the River

By [Example Front](#)

Daily Reports, March 3, 2021

**Example Front**

Region: [Middle East](#), Russia

and FSU

Theme: [Intelligence](#)

In-depth Report: [SYRIA](#)

The army advanced on two villages on Tuesday after a night of shelling that lasted until dawn, residents said.

Officials said the advance would continue.

https://example.org/video/clip.mp4

## Watch the video here.

The road north remained closed and the Turkish

leadership is likely to respond.

*

Note to readers: please click the share buttons above or below.

Support Example Front in its endeavors. PayPal: [email protected]

The original source of this article is <u>Example Front</u> Copyright © <u>Example Front</u>, 2021

Articles by: **[Example Front](#)**

Disclaimer: The contents of this article are of sole responsibility of the author(s). Daily Reports will not be responsible for any inaccurate or incorrect statement in this article. We grant permission to cross-post Daily Reports articles on community internet sites.

For media inquiries: press@example.org
`;

describe("parseArticle", () => {
  const parsed = parseArticle(REPUBLISHED);

  it("reads title, author, publisher, original source and date from a republished article", () => {
    expect(parsed.meta).toMatchObject({
      title: "Video: Army Advances Near the River",
      author: "Example Front",
      publisher: "Daily Reports",
      originalSource: "Example Front",
      republished: true,
      published: "2021-03-03",
    });
  });

  it("reads tags, joining a tag list broken across lines", () => {
    expect(parsed.meta.tags).toEqual({
      region: ["Middle East", "Russia and FSU"],
      theme: ["Intelligence"],
      inDepthReport: ["SYRIA"],
    });
  });

  it("keeps embedded video links and leaves them out of the reporting", () => {
    expect(parsed.meta.links).toEqual(["https://example.org/video/clip.mp4"]);
    const paragraphs = parsed.paragraphs.map((p) => REPUBLISHED.slice(p.start, p.end));
    expect(paragraphs.some((p) => p.includes("https://"))).toBe(false);
  });

  it("joins a paragraph broken mid-sentence and skips headings", () => {
    const paragraphs = parsed.paragraphs.map((p) => REPUBLISHED.slice(p.start, p.end));
    expect(paragraphs).toEqual([
      "The army advanced on two villages on Tuesday after a night of shelling that lasted until dawn, residents said.",
      "Officials said the advance would continue.",
      "The road north remained closed and the Turkish\n\nleadership is likely to respond.",
    ]);
  });

  it("labels every boilerplate passage by kind and keeps its exact text", () => {
    expect(parsed.boilerplate.map((passage) => passage.kind)).toEqual([
      "share-request",
      "donation-appeal",
      "original-source",
      "copyright",
      "author-credit",
      "disclaimer",
      "media-inquiry",
    ]);
    for (const passage of parsed.boilerplate) {
      expect(REPUBLISHED.slice(passage.start, passage.end)).toBe(passage.text);
    }
  });

  it("does not call a staff-written story republished: a byline over another name's dateline is the usual shape", () => {
    const staff = parseArticle(
      "Reservoirs fall again\n\nBy Tomasz Reyes\n\nHarbour Wire, 14 September 2026\n\nThe reservoirs held 38 per cent of their capacity on Monday, the water authority said in its weekly bulletin.",
    );
    expect(staff.meta).toMatchObject({
      author: "Tomasz Reyes",
      publisher: "Harbour Wire",
      republished: false,
    });
  });

  it("gives null for what an article does not say", () => {
    const bare = parseArticle(
      "A Plain Headline\n\nThe council met on Monday and approved the budget for the new library.",
    );
    expect(bare.meta).toMatchObject({
      title: "A Plain Headline",
      author: null,
      publisher: null,
      originalSource: null,
      republished: false,
      published: null,
    });
    expect(bare.paragraphs).toHaveLength(1);
  });

  it.each([
    [
      "Headline\n\nPosted by Rick Dalton | The Liberty Ledger\n\nBody text.",
      "Rick Dalton",
      "The Liberty Ledger",
    ],
    [
      "Headline\n\nTessa Morgan, Business Reporter\n\nThe Commerce Courier, 3 October 2022\n\nBody.",
      "Tessa Morgan",
      "The Commerce Courier",
    ],
    [
      "Headline\n\nBy Priya Nandakumar, Local Democracy Reporter\n\nHarbourside Gazette, 14 September 2023\n\nBody.",
      "Priya Nandakumar",
      "Harbourside Gazette",
    ],
    [
      "Headline\n\nBy Ciarán Doyle\n\nWestern Evening Post, Sunday 18 April 2021\n\nBody.",
      "Ciarán Doyle",
      "Western Evening Post",
    ],
    ["Headline\n\nSyria Free Voice | 2 February 2020\n\nBody.", null, "Syria Free Voice"],
  ])("reads author and publisher from the byline and dateline of %j", (text, author, publisher) => {
    expect(parseArticle(text).meta).toMatchObject({ author, publisher });
  });

  it("reads on past a lone asterisk that breaks two sections of reporting, and stops at one before the footer", () => {
    const text = [
      "Headline",
      "An editor's note, a first paragraph long enough to be read as prose, introduces the essay on the harbour fund that is reprinted below in full.",
      "*",
      "The Essay Itself",
      "By Ana Ruiz",
      "The council spent the harbour fund on a new road, and the shipyards lost their best year.",
      "Nobody on the council has explained the choice.",
      "*",
      "Ana Ruiz writes about the harbour.",
      "Note to readers: please click the share buttons above or below.",
    ].join("\n\n");
    const parsed = parseArticle(text);
    const paragraphs = parsed.paragraphs.map((p) => text.slice(p.start, p.end));
    expect(paragraphs).toContain("Nobody on the council has explained the choice.");
    expect(paragraphs).not.toContain("*");
    expect(paragraphs).not.toContain("Ana Ruiz writes about the harbour.");
    expect(parsed.boilerplate.map((passage) => passage.kind)).toEqual(["share-request"]);
  });

  it("reads a day-first date and an author named only at the bottom", () => {
    const text =
      "Headline\n\nSouth Desk 23 December 2019\n\nA long enough first paragraph of reporting goes here, describing what happened in the town on Monday.\n\nArticles by: South Desk";
    const meta = parseArticle(text).meta;
    expect(meta.published).toBe("2019-12-23");
    expect(meta.author).toBe("South Desk");
  });
});
