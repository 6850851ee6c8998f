/**
 * Checklist versions per organisation: the published content is copied into each organisation (so
 * the organisation can add its own items, and projects stay pinned to the version they began with).
 */
import {
  compareChecklistVersions,
  type ChecklistContent,
} from '../../core/checklists/checklist-content.schema.js';
import { validateChecklistContent } from '../../core/checklists/validate-checklist-content.js';
import { AppError } from '../../core/errors.js';
import { organizationOf } from '../../core/policy/actor.js';
import { authorize } from '../../core/policy/authorize.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../core/shared/language.js';
import { listFrameworkCodes } from '../content/load-checklists.js';
import { inTransaction, type Db } from '../db/database.js';
import type { ItemTexts } from '../db/schema-projects.js';
import { organizations } from '../db/schema.js';
import {
  findChecklistVersion,
  insertChecklistItems,
  insertChecklistVersion,
  listChecklistItems,
  listChecklistVersions,
  type ChecklistVersionRow,
  type NewChecklistItem,
} from '../repos/checklists.repo.js';
import { recordAudit } from './audit.service.js';
import { withDb, type Context, type Deps } from './context.js';

/** The items of a content version as rows to store. */
export function itemsOfContent(content: ChecklistContent): NewChecklistItem[] {
  return content.items.map((item) => ({
    itemId: item.id,
    principle: item.principle,
    phase: item.phase,
    sector: item.sector,
    mandatory: item.mandatory,
    evidenceRequired: item.evidenceRequired,
    custom: false,
    texts: Object.fromEntries(
      LANGUAGE_CODES.map((lang) => [lang, content.texts[lang][item.id]!]),
    ) as ItemTexts,
  }));
}

/** Copies the newest published content into an organisation that does not have it yet. */
export async function ensureLatestContent(
  db: Db,
  deps: Deps,
  organizationId: string,
): Promise<void> {
  const latest = deps.checklists.at(-1);
  if (!latest || (await findChecklistVersion(db, organizationId, latest.version))) return;
  await insertChecklistVersion(
    db,
    { organizationId, version: latest.version, publishedBy: null },
    itemsOfContent(latest),
  );
}

/** At start-up: every organisation gets the newest published content. */
export async function syncPublishedContent(deps: Deps): Promise<void> {
  const rows = await deps.database.db.select({ id: organizations.id }).from(organizations);
  for (const { id } of rows) {
    await inTransaction(deps.database.db, (tx) => ensureLatestContent(tx, deps, id));
  }
}

/** The version new projects start with: the highest version label of the organisation. */
export async function currentVersion(db: Db, organizationId: string): Promise<ChecklistVersionRow> {
  const versions = await listChecklistVersions(db, organizationId);
  const [newest] = [...versions].sort((a, b) => compareChecklistVersions(b.version, a.version));
  if (!newest) throw new AppError('internal', 'checklists.no_version');
  return newest;
}

/** Publishes a new version from imported content (admins), validated like the shipped content. */
export async function publishChecklistVersion(
  ctx: Context,
  input: { items: unknown; translations: Record<LanguageCode, unknown> },
): Promise<{ version: string; items: number }> {
  authorize(ctx.actor, 'checklists.publish');
  const organizationId = organizationOf(ctx.actor);
  let content: ChecklistContent;
  try {
    content = validateChecklistContent(
      input.items,
      input.translations,
      listFrameworkCodes(ctx.deps.framework),
    );
  } catch (error) {
    const problems = (error as Error).message.split('\n').slice(0, 200);
    throw new AppError('validation_failed', 'checklists.invalid_content', { problems });
  }
  if (await findChecklistVersion(ctx.db, organizationId, content.version)) {
    throw new AppError('conflict', 'checklists.version_exists', {
      fields: [{ path: 'items.version', code: 'taken' }],
    });
  }
  return inTransaction(ctx.db, async (tx) => {
    const publishedBy = ctx.actor?.kind === 'user' ? ctx.actor.id : null;
    const row = await insertChecklistVersion(
      tx,
      { organizationId, version: content.version, publishedBy },
      itemsOfContent(content),
    );
    await recordAudit(withDb(ctx, tx), {
      action: 'checklists.publish',
      targetType: 'checklist_version',
      targetId: row.id,
      details: { version: content.version, items: content.items.length },
    });
    return { version: content.version, items: content.items.length };
  });
}

export type CustomItemInput = Omit<NewChecklistItem, 'itemId' | 'custom'>;

/** Adds an organisation's own item to its current version (new projects get it). */
export async function addCustomItem(
  ctx: Context,
  input: CustomItemInput,
): Promise<{ itemId: string; version: string }> {
  authorize(ctx.actor, 'checklists.addItem');
  const organizationId = organizationOf(ctx.actor);
  const codes = listFrameworkCodes(ctx.deps.framework);
  const unknown: string[] = [];
  if (!codes.principles.includes(input.principle)) unknown.push('principle');
  if (!codes.phases.includes(input.phase)) unknown.push('phase');
  if (input.sector !== null && !codes.sectors.includes(input.sector)) unknown.push('sector');
  if (unknown.length) {
    throw new AppError('validation_failed', 'validation.failed', {
      fields: unknown.map((path) => ({ path, code: 'unknown_code' })),
    });
  }
  return inTransaction(ctx.db, async (tx) => {
    const version = await currentVersion(tx, organizationId);
    const items = await listChecklistItems(tx, version.id);
    const itemId = `org-${String(items.filter((i) => i.custom).length + 1).padStart(3, '0')}`;
    await insertChecklistItems(tx, version, [{ ...input, itemId, custom: true }], items.length);
    await recordAudit(withDb(ctx, tx), {
      action: 'checklists.addItem',
      targetType: 'checklist_item',
      targetId: itemId,
      details: { version: version.version },
    });
    return { itemId, version: version.version };
  });
}
