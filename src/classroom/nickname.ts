import { foldConfusables } from "./confusables";

export const NICKNAME_MAX_LENGTH = 24;

/**
 * Offensive stems refused anywhere inside a word ("xXfuckXx"), after folding case, accents and look-alike
 * digits. Only stems that hide in no common name or word belong here.
 */
const BLOCKED_INSIDE_WORDS: readonly string[] = [
  "fuck",
  "cunt",
  "nigger",
  "nigga",
  "faggot",
  "whore",
  "bitch",
  "bastard",
  "asshole",
  "arsehole",
  "hitler",
  "dildo",
  "vagina",
];

/** Stems refused at the start of a word only: inside one they hide in names ("Ashita", "torpedo", "therapist"). */
const BLOCKED_WORD_STARTS: readonly string[] = [
  "shit",
  "slut",
  "wank",
  "twat",
  "retard",
  "rapist",
  "porn",
  "penis",
  "pedo",
  "paedo",
];

/** Words refused only whole, because they hide inside harmless ones ("class", "Dickens", "Nazim"). */
const BLOCKED_WORDS: ReadonlySet<string> = new Set([
  "ass",
  "arse",
  "dick",
  "cock",
  "fag",
  "tit",
  "tits",
  "sex",
  "sexy",
  "rape",
  "piss",
  "kkk",
  "nazi",
  "nazis",
]);

/** Digits and symbols people use for letters to dodge a filter. */
const LOOK_ALIKES: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
};

export type NicknameCheck = { ok: true; nickname: string; key: string } | { ok: false; error: string };

/** A nickname made tidy (trimmed, inner spaces collapsed) and accepted, or why it was refused. */
export function checkNickname(input: string): NicknameCheck {
  const nickname = input.normalize("NFC").trim().replace(/\s+/g, " ");
  const length = [...nickname].length;
  if (length === 0) return { ok: false, error: "Enter a nickname." };
  if (length > NICKNAME_MAX_LENGTH) {
    return {
      ok: false,
      error: `Keep your nickname to ${NICKNAME_MAX_LENGTH} characters or fewer (this one has ${length}).`,
    };
  }
  if (/[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/u.test(nickname)) {
    return { ok: false, error: "Use letters, digits, spaces and ordinary punctuation in your nickname." };
  }
  if (isOffensive(nickname)) return { ok: false, error: "Please choose a different nickname." };
  return { ok: true, nickname, key: nicknameKey(nickname) };
}

/**
 * The form two nicknames are compared in: "Sam  Lee" and "sam lee", and "Bob" and "Bοb" (a Greek omicron),
 * are the same person in a session, so a classmate cannot join under a name the class cannot tell apart.
 */
export function nicknameKey(nickname: string): string {
  return foldConfusables(nickname).trim().replace(/\s+/g, " ");
}

/** True when the nickname contains a blocked stem or word, even spelt with accents or look-alike digits. */
export function isOffensive(nickname: string): boolean {
  return filterWords(foldForFilter(nickname)).some(
    (word) =>
      BLOCKED_WORDS.has(word) ||
      BLOCKED_INSIDE_WORDS.some((stem) => word.includes(stem)) ||
      BLOCKED_WORD_STARTS.some((stem) => word.startsWith(stem)),
  );
}

/**
 * The words of a folded nickname, with runs of single letters joined ("f u c k", "f.u.c.k" → "fuck"), so
 * spacing a word out does not hide it and two words never run together ("Ana Zimmer" is not "anazi…").
 */
function filterWords(folded: string): string[] {
  const words: string[] = [];
  let letters = "";
  for (const word of folded.split(/[^a-z]+/).filter(Boolean)) {
    if (word.length === 1) {
      letters += word;
      continue;
    }
    if (letters) words.push(letters);
    letters = "";
    words.push(word);
  }
  if (letters) words.push(letters);
  return words;
}

function foldForFilter(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[013457@$!]/g, (character) => LOOK_ALIKES[character] ?? character);
}

const ADJECTIVES: readonly string[] = [
  "Curious",
  "Careful",
  "Sharp",
  "Steady",
  "Bright",
  "Quiet",
  "Keen",
  "Patient",
  "Thoughtful",
  "Brave",
  "Nimble",
  "Calm",
  "Clever",
  "Eager",
  "Honest",
  "Witty",
];

const ANIMALS: readonly string[] = [
  "Owl",
  "Heron",
  "Otter",
  "Fox",
  "Lynx",
  "Badger",
  "Falcon",
  "Hare",
  "Wren",
  "Beaver",
  "Raven",
  "Panda",
  "Seal",
  "Marten",
  "Ibex",
  "Robin",
];

/** A random whole number from 0 up to (not including) `bound`. */
export type RandomIndex = (bound: number) => number;

function cryptoRandomIndex(bound: number): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) % bound;
}

/**
 * A friendly nickname ("Curious Otter") that is not taken in the session, with a number added
 * ("Curious Otter 7") when the first few picks are taken. `takenKeys` holds nicknameKey() values.
 */
export function suggestNickname(
  takenKeys: ReadonlySet<string>,
  pick: RandomIndex = cryptoRandomIndex,
): string {
  for (let attempt = 0; attempt < 8; attempt++) {
    const name = `${ADJECTIVES[pick(ADJECTIVES.length)]} ${ANIMALS[pick(ANIMALS.length)]}`;
    if (!takenKeys.has(nicknameKey(name))) return name;
  }
  for (let attempt = 0; ; attempt++) {
    const name = `${ADJECTIVES[pick(ADJECTIVES.length)]} ${ANIMALS[pick(ANIMALS.length)]} ${2 + pick(98 + attempt * 10)}`;
    if (!takenKeys.has(nicknameKey(name))) return name;
  }
}
