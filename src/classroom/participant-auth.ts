import type { Db } from "../db/client";
import { parseParticipantToken, tokenSecretMatches } from "./participant-token";
import { findParticipantContext, type ParticipantContext } from "./queries";

/** The participant a token belongs to, with their session, or undefined for a malformed, unknown or wrong token. */
export async function authenticateParticipant(
  db: Db,
  token: string,
): Promise<ParticipantContext | undefined> {
  const parsed = parseParticipantToken(token);
  if (!parsed) return undefined;
  const context = await findParticipantContext(db, parsed.participantId);
  if (!context) return undefined;
  return (await tokenSecretMatches(parsed.secret, context.participant.tokenDigest)) ? context : undefined;
}
