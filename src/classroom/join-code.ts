/** 32 letters and digits with none of the look-alikes 0, O, 1 and I, so a code read off a projector is typed right. */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
export const JOIN_CODE_LENGTH = 6;

/** A fresh random join code (32^6 ≈ 10^9 codes; the database's unique index catches the rare repeat). */
export function generateJoinCode(): string {
  // 32 divides 256, so masking a random byte to 5 bits picks every character with the same chance.
  const bytes = crypto.getRandomValues(new Uint8Array(JOIN_CODE_LENGTH));
  return Array.from(bytes, (byte) => JOIN_CODE_ALPHABET[byte & 31]).join("");
}

export type JoinCodeCheck = { ok: true; code: string } | { ok: false; error: string };

/** A typed join code made canonical (upper case, spaces and dashes dropped), or why it cannot be one. */
export function checkJoinCode(input: string): JoinCodeCheck {
  const code = input.toUpperCase().replace(/[\s-]+/g, "");
  if (code.length === 0) return { ok: false, error: "Enter the join code your teacher shows." };
  if (/[01OI]/.test(code)) {
    return { ok: false, error: "Join codes never contain 0, O, 1 or I. Check the code your teacher shows." };
  }
  const pattern = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);
  if (!pattern.test(code)) {
    return {
      ok: false,
      error: `A join code is ${JOIN_CODE_LENGTH} letters and digits, like K7QM4X. Check the code your teacher shows.`,
    };
  }
  return { ok: true, code };
}
