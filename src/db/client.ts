import { type DrizzleD1Database, drizzle } from "drizzle-orm/d1";
import * as schema from "./schema";

export type Db = DrizzleD1Database<typeof schema>;

/**
 * A drizzle client over the D1 binding. D1 has no interactive transactions (db.transaction() fails):
 * statements that must succeed together go through db.batch([...]), which D1 runs as one transaction.
 * https://developers.cloudflare.com/d1/worker-api/d1-database/#batch
 */
export function createDb(d1: D1Database): Db {
  return drizzle(d1, { schema, casing: "snake_case" });
}
