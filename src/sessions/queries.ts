import type { Db } from "../db/client";
import { type SessionRow, sessions } from "../db/schema";

const JOIN_CODE_ATTEMPTS = 5;

/**
 * Stores a session under a join code no other session has. A clash with an existing code (about one in a
 * million per thousand live sessions) is caught by the unique index and retried with a new code.
 */
export async function insertSessionWithFreshCode(
  db: Db,
  newJoinCode: () => string,
  session: Omit<typeof sessions.$inferInsert, "joinCode">,
): Promise<SessionRow> {
  for (let attempt = 0; attempt < JOIN_CODE_ATTEMPTS; attempt++) {
    const [stored] = await db
      .insert(sessions)
      .values({ ...session, joinCode: newJoinCode() })
      .onConflictDoNothing({ target: sessions.joinCode })
      .returning();
    if (stored) return stored;
  }
  throw new Error(`no free join code after ${JOIN_CODE_ATTEMPTS} attempts`);
}
