/**
 * The organisation's safety audit template (decision 026): version 1 is copied from the shipped
 * content on first use; every edit (add, reword, retire) writes a new numbered version, so past
 * audits keep the questions they were asked.
 */
import { AppError } from '../../../core/errors.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import {
  addTemplateItemRequestSchema,
  changeTemplateItemRequestSchema,
  type AddTemplateItemRequest,
  type ChangeTemplateItemRequest,
  type SafetyItem,
  type SafetyTemplate,
  type TemplateItem,
} from '../../../core/safety/safety-template.schema.js';
import type { LanguageCode } from '../../../core/shared/language.js';
import { inTransaction, type Db } from '../../db/database.js';
import { latestSafetyTemplate } from '../../content/load-safety-templates.js';
import {
  findLatestTemplate,
  insertTemplateIfFree,
  type SafetyTemplateRow,
} from '../../repos/safety-templates.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { actingUser } from './safety-scope.js';

/** The organisation's current version, copying the shipped one first if it has none. */
export async function currentTemplate(db: Db, organizationId: string): Promise<SafetyTemplateRow> {
  const existing = await findLatestTemplate(db, organizationId);
  if (existing) return existing;
  const shipped = await latestSafetyTemplate();
  // A concurrent first use inserts the same version 1: whichever lands first is the copy.
  await insertTemplateIfFree(db, {
    organizationId,
    number: 1,
    contentVersion: shipped.version,
    items: shipped.items,
  });
  return (await findLatestTemplate(db, organizationId))!;
}

/** Items of a version in a language; retired ones only when asked. */
export async function presentItems(
  items: readonly TemplateItem[],
  lang: LanguageCode,
  withRetired: boolean,
): Promise<SafetyItem[]> {
  const { topicNames } = await latestSafetyTemplate();
  return items
    .filter((item) => withRetired || !item.retired)
    .map((item) => ({
      code: item.code,
      topic: item.topic,
      topicName: topicNames[lang][item.topic],
      atNight: item.atNight,
      retired: item.retired,
      question: item.texts[lang].question,
      guidance: item.texts[lang].guidance,
    }));
}

async function present(row: SafetyTemplateRow, lang: LanguageCode): Promise<SafetyTemplate> {
  return {
    id: row.id,
    number: row.number,
    contentVersion: row.contentVersion,
    createdAt: row.createdAt.toISOString(),
    items: (await presentItems(row.items, lang, true)).map((item, index) => ({
      ...item,
      texts: row.items[index]!.texts,
    })),
  };
}

/** The current template in the reader's language (retired items flagged). */
export async function getSafetyTemplate(ctx: Context): Promise<SafetyTemplate> {
  authorize(ctx.actor, 'safety.read');
  return present(await currentTemplate(ctx.db, organizationOf(ctx.actor)), ctx.lang);
}

/** Writes the next version with the items changed; a stale `basedOn` is a conflict. */
async function writeVersion(
  ctx: Context,
  basedOn: number,
  change: (items: TemplateItem[]) => TemplateItem[],
  audit: { code: string; change: string },
): Promise<SafetyTemplate> {
  authorize(ctx.actor, 'safety.template');
  const organizationId = organizationOf(ctx.actor);
  const current = await currentTemplate(ctx.db, organizationId);
  const stale = () =>
    new AppError('conflict', 'record.stale_version', { currentNumber: current.number });
  if (current.number !== basedOn) throw stale();
  const items = change(structuredClone(current.items));
  const row = await inTransaction(ctx.db, async (tx) => {
    const inserted = await insertTemplateIfFree(tx, {
      organizationId,
      number: current.number + 1,
      contentVersion: current.contentVersion,
      items,
      createdBy: actingUser(ctx),
    });
    if (!inserted) return undefined;
    await recordAudit(withDb(ctx, tx), {
      action: 'safety.template',
      targetType: 'safety_template',
      targetId: inserted.id,
      details: { number: inserted.number, itemCode: audit.code, change: audit.change },
    });
    return inserted;
  });
  if (!row) throw stale();
  return present(row, ctx.lang);
}

/** Adds an organisation item (a code no version has used). */
export function addTemplateItem(ctx: Context, request: AddTemplateItemRequest) {
  const input = addTemplateItemRequestSchema.parse(request);
  return writeVersion(
    ctx,
    input.basedOn,
    (items) => {
      if (items.some((item) => item.code === input.code))
        throw new AppError('validation_failed', 'safety.item_code_taken', {
          fields: [{ path: 'code', code: 'taken' }],
        });
      const { code, topic, atNight, texts } = input;
      return [...items, { code, topic, atNight, retired: false, texts }];
    },
    { code: input.code, change: 'added' },
  );
}

/** Rewords, retires or brings back an item. */
export function changeTemplateItem(ctx: Context, code: string, request: ChangeTemplateItemRequest) {
  const input = changeTemplateItemRequestSchema.parse(request);
  const change = input.retired === true ? 'retired' : input.texts ? 'reworded' : 'changed';
  return writeVersion(
    ctx,
    input.basedOn,
    (items) => {
      const item = items.find((i) => i.code === code);
      if (!item) throw new AppError('not_found', 'record.not_found');
      if (input.texts) item.texts = input.texts;
      if (input.atNight !== undefined) item.atNight = input.atNight;
      if (input.retired !== undefined) item.retired = input.retired;
      if (items.every((i) => i.retired))
        throw new AppError('validation_failed', 'safety.last_item', {
          fields: [{ path: 'retired', code: 'last_item' }],
        });
      return items;
    },
    { code, change },
  );
}
