/** Random bytes from the platform's CSPRNG, as unpadded base64url (16 bytes → 22 characters). */
export function randomBase64Url(byteCount: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(byteCount));
  return toBase64Url(bytes);
}

/** Unpadded base64url of some bytes. */
export function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Hex SHA-256 of a UTF-8 string. A 128-bit random secret needs no slow hash: guessing it is hopeless. */
export async function sha256Hex(value: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value));
  return toHex(new Uint8Array(digest));
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function fromHex(hex: string): Uint8Array | null {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  }
  return bytes;
}

/**
 * True when the SHA-256 of `secret` equals the stored hex digest, compared in constant time.
 * Both sides are 32-byte digests, so timingSafeEqual never sees inputs of different lengths.
 * https://developers.cloudflare.com/workers/runtime-apis/web-crypto/#timingsafeequal
 */
export async function secretMatchesDigest(secret: string, storedDigest: string): Promise<boolean> {
  const expected = fromHex(storedDigest);
  const actual = fromHex(await sha256Hex(secret));
  if (!expected || !actual || expected.byteLength !== actual.byteLength) return false;
  return crypto.subtle.timingSafeEqual(expected, actual);
}
