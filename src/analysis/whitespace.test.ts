import { describe, expect, it } from "vitest";
import { hasMoreWordsThan, hasWords, isWhitespace } from "./whitespace";

describe("whitespace by character code", () => {
  it("is whitespace exactly where \\s is, for every UTF-16 code unit", () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++)
      if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });

  it("counts words as runs between whitespace, as /\\S+/g finds them", () => {
    for (const text of ["", "  ", "one", " one  two\u00a0three\n", "a\u2009b\u3000c", "tick—tock, ‘yes’"])
      for (let count = 1; count <= 4; count++)
        expect(hasWords(text, count)).toBe((text.match(/\S+/g) ?? []).length >= count);
  });

  it("tells more than a number of words as splitting at whitespace counts them", () => {
    for (const text of ["", " a ", "one two", "one two three ", "\tone\u00a0two\u2028three four"])
      for (let count = 0; count <= 4; count++)
        expect(hasMoreWordsThan(text, count)).toBe(text.split(/\s+/).filter(Boolean).length > count);
  });
});
