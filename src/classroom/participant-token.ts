import { randomBase64Url, secretMatchesDigest, sha256Hex } from "../security/secrets";

const ID_PATTERN = /^[A-Za-z0-9_-]{16}$/;
const SECRET_PATTERN = /^[A-Za-z0-9_-]{22}$/;
const PIN_PATTERN = /^[0-9]{6}$/;

export interface IssuedParticipantToken {
  /** `<participant id>.<128 random bits>`: kept by the student (cookie or API client), never stored. */
  token: string;
  /** Hex SHA-256 of the secret half: what the database keeps. */
  tokenDigest: string;
  /** Six digits shown to the student to resume on another device. */
  pin: string;
  pinDigest: string;
}

/** A new random participant id (96 bits, 16 base64url characters). */
export function newParticipantId(): string {
  return randomBase64Url(12);
}

/** A token for the participant, with its rejoin PIN and the digests to store. */
export async function issueParticipantToken(participantId: string): Promise<IssuedParticipantToken> {
  const secret = randomBase64Url(16);
  const token = `${participantId}.${secret}`;
  const pin = await rejoinPinFor(token);
  return {
    token,
    tokenDigest: await sha256Hex(secret),
    pin,
    pinDigest: await pinDigestFor(participantId, pin),
  };
}

/** The participant id and secret of a well-formed token, or null. */
export function parseParticipantToken(token: string): { participantId: string; secret: string } | null {
  const [participantId, secret, extra] = token.split(".");
  if (extra !== undefined || !participantId || !secret) return null;
  if (!ID_PATTERN.test(participantId) || !SECRET_PATTERN.test(secret)) return null;
  return { participantId, secret };
}

/** True when the token's secret is the one whose digest is stored (constant-time comparison). */
export function tokenSecretMatches(secret: string, storedDigest: string): Promise<boolean> {
  return secretMatchesDigest(secret, storedDigest);
}

/**
 * The rejoin PIN belonging to a token. Derived from the token, so the student's own pages can show it
 * again at any time without the server storing it.
 */
export async function rejoinPinFor(token: string): Promise<string> {
  const hex = await sha256Hex(`rejoin-pin:${token}`);
  return (Number.parseInt(hex.slice(0, 8), 16) % 1_000_000).toString().padStart(6, "0");
}

/** The stored form of a PIN: salted with the participant id so equal PINs in a class differ. */
export function pinDigestFor(participantId: string, pin: string): Promise<string> {
  return sha256Hex(`${participantId}:${pin}`);
}

/** True when a typed PIN is the participant's (constant-time comparison of digests). */
export async function rejoinPinMatches(
  participantId: string,
  pin: string,
  storedDigest: string,
): Promise<boolean> {
  if (!PIN_PATTERN.test(pin)) return false;
  return secretMatchesDigest(`${participantId}:${pin}`, storedDigest);
}
