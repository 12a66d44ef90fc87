import { randomBase64Url, secretMatchesDigest, sha256Hex } from "./secrets";

const KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export interface IssuedAccessKey {
  /** 128 random bits as base64url: shown to its holder once, never stored. */
  key: string;
  /** Hex SHA-256 of the key: what the database keeps. */
  digest: string;
}

/** A new access key (an instructor key, a library key) and the digest to store. */
export async function issueAccessKey(): Promise<IssuedAccessKey> {
  const key = randomBase64Url(16);
  return { key, digest: await sha256Hex(key) };
}

/** True when `key` is the access key whose digest is stored (constant-time comparison of digests). */
export async function accessKeyMatches(key: string, storedDigest: string): Promise<boolean> {
  if (!KEY_PATTERN.test(key)) return false;
  return secretMatchesDigest(key, storedDigest);
}

/** The key in an `Authorization: Bearer <key>` header, or null when the header is missing or of another scheme. */
export function readBearerKey(authorization: string | undefined): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? "");
  return match?.[1] ?? null;
}
