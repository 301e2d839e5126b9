import { eq } from "drizzle-orm";
import type { WardDb } from "../client";
import { instanceSettings } from "../schema";

/**
 * Returns the stored value for `key`, storing `candidate` first if there is none. Concurrent callers all get the
 * one value that won, so every Ward process on a database shares it.
 */
export async function getOrCreateInstanceSetting(
  db: WardDb,
  key: string,
  candidate: string,
): Promise<string> {
  await db.insert(instanceSettings).values({ key, value: candidate }).onConflictDoNothing();
  const [row] = await db.select().from(instanceSettings).where(eq(instanceSettings.key, key));
  if (!row) throw new Error(`instance setting ${key} could not be stored`);
  return row.value;
}
