/**
 * Whitespace read by character code, for the hot loops that count words or measure runs: a regular
 * expression's `matchAll` makes a copy of the pattern and a match array per word.
 */

/** Whether a UTF-16 code unit is whitespace as `\s` reads it: ASCII and Unicode spaces, line ends and the byte-order mark. */
export function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Whether `text` holds at least `count` (one or more) words, runs of characters other than whitespace, reading no further. */
export function hasWords(text: string, count: number): boolean {
  let found = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index++) {
    const space = isWhitespace(text.charCodeAt(index));
    if (!space && !inWord && ++found >= count) return true;
    inWord = !space;
  }
  return false;
}

/** Whether `text` holds more than `count` words (as `text.split(/\s+/).filter(Boolean)` counts them), reading no further. */
export function hasMoreWordsThan(text: string, count: number): boolean {
  return hasWords(text, count + 1);
}
