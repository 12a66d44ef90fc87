import { describe, expect, it } from "vitest";
import { findQuotations } from "./quotations";

function describeQuotes(text: string) {
  return findQuotations(text).map((quote) => [text.slice(quote.start, quote.end), quote.scare]);
}

describe("findQuotations", () => {
  it("tells scare quotes from quotations with curly and straight marks", () => {
    expect(describeQuotes('The “Assad regime” fell silent. "We are here to stay," he said.')).toEqual([
      ["“Assad regime”", true],
      ['"We are here to stay,"', false],
    ]);
  });

  it("ignores apostrophes and single quotation marks", () => {
    expect(describeQuotes("Ma’ar Shimmareen fell; the militants’ lines broke, it’s said.")).toEqual([]);
  });

  it("treats a quoted phrase after a reporting verb or a naming phrase as a quotation", () => {
    expect(describeQuotes("He said “never again”. It is nicknamed “the Fortress”.")).toEqual([
      ["“never again”", false],
      ["“the Fortress”", false],
    ]);
  });
});
