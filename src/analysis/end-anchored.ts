/**
 * A pattern that matches only at the end of a text (`/…$/`), tried from the end. V8 tries a pattern at
 * every start position until one matches, so an end-anchored pattern over "the words before a
 * quotation" costs the length of those words times the pattern. The same pattern inside a lookbehind at
 * the end (`/$(?<=…)/`) is tried once, backwards from the end, and says yes or no alike. `exec` runs
 * the pattern itself, only when that test says it matches, so its groups and index are the pattern's own.
 * A few patterns run slower backwards (one that opens with a long alternation of words): measure first.
 */
export interface EndPattern {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** The pattern, which must end in `$` on every branch (one top-level branch) and be neither global nor sticky. */
export function endAnchored(pattern: RegExp): EndPattern {
  const { source, flags } = pattern;
  if (!source.endsWith("$") || source.endsWith("\\$") || hasTopLevelBranch(source) || /[gy]/.test(flags))
    throw new Error(`endAnchored needs one branch that ends in $, not global or sticky: /${source}/${flags}`);
  const fromEnd = new RegExp(`$(?<=${source.slice(0, -1)})`, flags);
  return {
    test: (text) => fromEnd.test(text),
    exec: (text) => (fromEnd.test(text) ? pattern.exec(text) : null),
  };
}

/** Whether `|` splits the whole pattern (outside every group and character class), so `$` ends one branch only. */
function hasTopLevelBranch(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === "\\") index++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) return true;
  }
  return false;
}
