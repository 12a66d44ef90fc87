import { randomBase64Url, secretMatchesDigest, sha256Hex } from "../security/secrets";

const KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;

export interface IssuedInstructorKey {
  /** 128 random bits as base64url: shown to the instructor once, never stored. */
  key: string;
  /** Hex SHA-256 of the key: what the database keeps. */
  digest: string;
}

/** A new instructor key and the digest to store. */
export async function issueInstructorKey(): Promise<IssuedInstructorKey> {
  const key = randomBase64Url(16);
  return { key, digest: await sha256Hex(key) };
}

/** True when `key` is the instructor key whose digest is stored (constant-time comparison of digests). */
export async function instructorKeyMatches(key: string, storedDigest: string): Promise<boolean> {
  if (!KEY_PATTERN.test(key)) return false;
  return secretMatchesDigest(key, storedDigest);
}

/** The key in an `Authorization: Bearer <key>` header, or null when the header is missing or of another scheme. */
export function readBearerKey(authorization: string | undefined): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? "");
  return match?.[1] ?? null;
}
