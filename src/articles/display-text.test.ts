import { describe, expect, it } from "vitest";
import { displayText, findHiddenMarkup, visibleText } from "./display-text";

function display(text: string, start = 0, end = text.length): string {
  return visibleText(text, { start, end }, findHiddenMarkup(text));
}

describe("showing raw article text without its markup", () => {
  it("shows the label of a markdown link, not its syntax", () => {
    expect(display("By [South Front](#) today")).toBe("By South Front today");
  });

  it("drops bold markers, HTML tags and heading hashes", () => {
    expect(display('## Watch **this** <a href="http://x.org/">link</a>')).toBe("Watch this link");
  });

  it("keeps the address of an autolink without its angle brackets", () => {
    expect(display("via: <http://southfront.org/donate/> or")).toBe("via: http://southfront.org/donate/ or");
  });

  it("keeps the escaped character of a backslash escape", () => {
    expect(display("\\* and a\\_b")).toBe("* and a_b");
  });

  it("leaves prose with brackets, stars and comparisons alone", () => {
    const prose = "[email protected] said 3 < 4 and 5 * 2 (roughly).";
    expect(display(prose)).toBe(prose);
  });

  it("shows part of a text by raw offsets, hiding only the markup inside that part", () => {
    const text = "Articles by: **[South Front](#)** and more";
    const start = text.indexOf("South");
    expect(display(text, start, text.indexOf(" and"))).toBe("South Front");
    expect(display(text, 0, start + 5)).toBe("Articles by: South");
  });
});

describe("showing a whole passage on one line", () => {
  it("drops single-star emphasis but keeps a lone star", () => {
    expect(displayText("Support us. *If you can, help:* PayPal, 5 * 2\n\n*")).toBe(
      "Support us. If you can, help: PayPal, 5 * 2 *",
    );
  });
});
