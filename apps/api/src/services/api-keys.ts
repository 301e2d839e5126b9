import {
  type ApiKeyDto,
  type ApiKeyScope,
  apiKeyRole,
  type CreateApiKeyInput,
  type CreatedApiKeyResponse,
} from "@ward/contracts";
import {
  type ApiKeyRow,
  findActiveApiKeyByHash,
  getApiKey,
  insertApiKey,
  listApiKeys as listApiKeyRows,
  revokeApiKey as revokeApiKeyRow,
  touchApiKey,
  type WardDb,
} from "@ward/db";
import { inTransaction, recordChange } from "./audit";
import { authorize } from "./authorize";
import type { Actor, ServiceContext } from "./context";
import { NotFoundError } from "./errors";
import { hashToken, newToken } from "./secret-tokens";

const KEY_PREFIX = "ward_";

function toApiKeyDto(row: ApiKeyRow): ApiKeyDto {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scope: row.scope as ApiKeyScope,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listApiKeys(ctx: ServiceContext): Promise<{ items: ApiKeyDto[] }> {
  authorize(ctx, "api_key:manage");
  return { items: (await listApiKeyRows(ctx.db, ctx.org.id)).map(toApiKeyDto) };
}

/** Creates a key and returns it, the only time it is ever shown; only its hash is stored. */
export async function createApiKey(
  ctx: ServiceContext,
  input: CreateApiKeyInput,
): Promise<CreatedApiKeyResponse> {
  authorize(ctx, "api_key:manage");
  const key = newToken(KEY_PREFIX);
  return inTransaction(ctx, async (tx) => {
    const row = await insertApiKey(tx, {
      organizationId: ctx.org.id,
      name: input.name,
      scope: input.scope,
      prefix: key.slice(0, KEY_PREFIX.length + 6),
      keyHash: hashToken(key),
      createdBy: ctx.actor.type === "user" ? ctx.actor.id : null,
      createdAt: ctx.clock.now(),
    });
    const apiKey = toApiKeyDto(row);
    await recordChange(tx, ctx, {
      action: "api_key.create",
      entityType: "api_key",
      entityId: row.id,
      before: null,
      after: apiKey,
    });
    return { apiKey, key };
  });
}

export async function revokeApiKey(ctx: ServiceContext, id: string): Promise<ApiKeyDto> {
  authorize(ctx, "api_key:manage");
  return inTransaction(ctx, async (tx) => {
    const before = await getApiKey(tx, ctx.org.id, id);
    if (!before) throw new NotFoundError("API key");
    const row = (await revokeApiKeyRow(tx, ctx.org.id, id, ctx.clock.now())) ?? before;
    const dto = toApiKeyDto(row);
    await recordChange(tx, ctx, {
      action: "api_key.revoke",
      entityType: "api_key",
      entityId: id,
      before: toApiKeyDto(before),
      after: dto,
    });
    return dto;
  });
}

/** Use is recorded to the minute: enough to spot an unused key, without a write per request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The organization and actor an `Authorization: Bearer ward_...` key stands for, or undefined if it is not valid. */
export async function authenticateApiKey(
  db: WardDb,
  key: string,
  now: Date,
): Promise<{ organizationId: string; actor: Actor } | undefined> {
  if (!key.startsWith(KEY_PREFIX)) return undefined;
  const row = await findActiveApiKeyByHash(db, hashToken(key));
  if (!row) return undefined;
  await touchApiKey(db, row.id, now, LAST_USED_RESOLUTION_MS);
  return {
    organizationId: row.organizationId,
    actor: {
      type: "api_key",
      id: row.id,
      label: `API key "${row.name}"`,
      role: apiKeyRole[row.scope as ApiKeyScope],
    },
  };
}
