import { accessKeyMatches, type IssuedAccessKey, issueAccessKey } from "../security/access-key";

export { readBearerKey } from "../security/access-key";

export type IssuedInstructorKey = IssuedAccessKey;

/** A new instructor key (128 random bits, shown once) and the digest to store. */
export const issueInstructorKey: () => Promise<IssuedInstructorKey> = issueAccessKey;

/** True when `key` is the instructor key whose digest is stored (constant-time comparison of digests). */
export const instructorKeyMatches: (key: string, storedDigest: string) => Promise<boolean> = accessKeyMatches;
