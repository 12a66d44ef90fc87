import { describe, expect, it } from "vitest";
import { formatIsoDate, shortQuote } from "./sourcing";

describe("formatting an ISO date for the sourcing box", () => {
  it("writes day, month name and year", () => {
    expect(formatIsoDate("2019-11-06")).toBe("6 November 2019");
    expect(formatIsoDate("2019-12-24")).toBe("24 December 2019");
  });

  it("leaves anything that is not a valid ISO date as it is", () => {
    expect(formatIsoDate("2019-13-01")).toBe("2019-13-01");
    expect(formatIsoDate("last week")).toBe("last week");
  });
});

describe("quoting a passage briefly", () => {
  it("takes the first sentence and drops a leading label", () => {
    expect(shortQuote("Disclaimer: The contents are the author's. We are not responsible.")).toBe(
      "The contents are the author's.",
    );
  });

  it("does not stop at the dot of an abbreviation or a web address inside a word", () => {
    expect(shortQuote("Write to news.example.org today. Thanks.")).toBe("Write to news.example.org today.");
  });

  it("cuts a long sentence at a word and marks the cut", () => {
    const quote = shortQuote("one two three four five six seven", 14);
    expect(quote).toBe("one two three…");
  });
});
