/**
 * Greek and Cyrillic letters that look like a Latin letter, with that letter (capitals to capitals, small
 * letters to small letters): a small hand-picked subset of Unicode's confusables for the two scripts a
 * keyboard offers most often. https://www.unicode.org/reports/tr39/#Confusable_Detection
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Greek capitals
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
  // Greek small letters
  α: "a",
  γ: "y",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  υ: "u",
  χ: "x",
  ϲ: "c",
  ϳ: "j",
  // Cyrillic capitals
  А: "A",
  В: "B",
  Е: "E",
  І: "I",
  Ј: "J",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Ѕ: "S",
  Т: "T",
  У: "Y",
  Ү: "Y",
  Х: "X",
  Ԛ: "Q",
  Ԝ: "W",
  Ӏ: "l",
  // Cyrillic small letters
  а: "a",
  с: "c",
  ԁ: "d",
  е: "e",
  һ: "h",
  і: "i",
  ј: "j",
  ӏ: "l",
  о: "o",
  р: "p",
  ԛ: "q",
  ѕ: "s",
  у: "y",
  ԝ: "w",
  х: "x",
};

/** Characters nobody sees: zero-width spaces and joiners, direction marks, fillers, variation selectors. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;

/**
 * Text folded so that strings a reader cannot tell apart compare equal: NFKC (full-width and styled letters
 * to plain ones), Greek and Cyrillic look-alikes to Latin (on the decomposed text, so "ё" folds like "ë"),
 * invisible characters removed, then case folded (upper then lower case, so "ß" and "SS" meet).
 */
export function foldConfusables(text: string): string {
  return [...text.normalize("NFKC").normalize("NFD")]
    .map((character) => LOOK_ALIKES[character] ?? character)
    .join("")
    .replace(INVISIBLE, "")
    .toUpperCase()
    .toLowerCase()
    .normalize("NFC");
}
