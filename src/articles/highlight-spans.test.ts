import { describe, expect, it } from "vitest";
import { type Highlight, type Segment, segmentText } from "./highlight-spans";

function mark(start: number, end: number, name: string, priority = 1): Highlight<string> {
  return { start, end, priority, data: name };
}

/** A segment tree as readable brackets: "a[src:b]c" with the text of each piece. */
function show(text: string, segments: Segment<string>[]): string {
  return segments
    .map((segment) =>
      segment.type === "text"
        ? text.slice(segment.start, segment.end)
        : `[${segment.highlight.data}${segment.first ? "" : "…"}:${show(text, segment.children)}]`,
    )
    .join("");
}

const text = "According to pro-militant sources, the army liberated the town.";

describe("cutting a paragraph into highlighted segments", () => {
  it("returns the plain range when nothing is highlighted", () => {
    expect(show(text, segmentText({ start: 0, end: 9 }, []))).toBe("According");
  });

  it("wraps separate highlights and keeps the text between them", () => {
    const segments = segmentText({ start: 0, end: text.length }, [
      mark(13, 33, "source"),
      mark(0, 12, "cue"),
      mark(44, 53, "loaded"),
    ]);
    expect(show(text, segments)).toBe(
      "[cue:According to] [source:pro-militant sources], the army [loaded:liberated] the town.",
    );
  });

  it("nests a higher-priority-number highlight inside a lower one that contains it", () => {
    const segments = segmentText({ start: 0, end: 19 }, [mark(10, 15, "inner", 2), mark(4, 19, "outer", 1)]);
    expect(show("0123456789abcdefghi", segments)).toBe("0123[outer:456789[inner:abcde]fghi]");
  });

  it("splits a highlight that crosses the edge of a wrapping one, marking only its first piece", () => {
    const segments = segmentText({ start: 0, end: 10 }, [mark(2, 6, "outer", 1), mark(4, 8, "crossing", 2)]);
    expect(show("abcdefghij", segments)).toBe("ab[outer:cd[crossing:ef]][crossing…:gh]ij");
  });

  it("resolves two overlapping highlights of the same priority by earlier start, the same way every time", () => {
    const one = mark(0, 5, "one");
    const two = mark(3, 8, "two");
    const expected = "[one:abc[two:de]][two…:fgh]";
    expect(show("abcdefgh", segmentText({ start: 0, end: 8 }, [one, two]))).toBe(expected);
    expect(show("abcdefgh", segmentText({ start: 0, end: 8 }, [two, one]))).toBe(expected);
  });

  it("puts the longer of two highlights that start together outside", () => {
    const segments = segmentText({ start: 0, end: 6 }, [mark(0, 3, "short"), mark(0, 6, "long")]);
    expect(show("abcdef", segments)).toBe("[long:[short:abc]def]");
  });

  it("clips highlights to the range, ignores those outside it or empty, and labels a clipped one where it shows", () => {
    const segments = segmentText({ start: 2, end: 6 }, [
      mark(0, 4, "left"),
      mark(7, 9, "after"),
      mark(5, 5, "empty"),
    ]);
    expect(show("abcdefghij", segments)).toBe("[left:cd]ef");
  });

  it("marks as first a highlight that starts exactly at the range start", () => {
    const [segment] = segmentText({ start: 3, end: 6 }, [mark(3, 5, "term")]);
    expect(segment).toMatchObject({ type: "mark", first: true, start: 3, end: 5 });
  });
});
