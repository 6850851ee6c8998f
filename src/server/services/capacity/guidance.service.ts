/**
 * The guidance library (decision 030): shipped reference documents and the organisation's own
 * entries or edits of shipped ones (an edit replaces the shipped entry for that organisation),
 * searchable in the four languages, with the glossary terms each entry mentions.
 */
import type { WorkArea } from '../../../core/capacity/capacity-codes.js';
import { matchesSearch } from '../../../core/capacity/fold-search-text.js';
import { glossaryTermsIn } from '../../../core/capacity/glossary-links.js';
import type { ShippedGuidance } from '../../../core/capacity/guidance-content.js';
import {
  guidanceRequestSchema,
  updateGuidanceRequestSchema,
  type GuidanceEntry,
  type GuidanceRequest,
  type SearchGuidanceQuery,
  type UpdateGuidanceRequest,
} from '../../../core/capacity/guidance.schema.js';
import { AppError } from '../../../core/errors.js';
import { buildFramework } from '../../../core/framework/build-framework.js';
import { organizationOf } from '../../../core/policy/actor.js';
import { authorize } from '../../../core/policy/authorize.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../../core/shared/language.js';
import { shippedGuidance } from '../../content/load-guidance.js';
import { inTransaction } from '../../db/database.js';
import {
  findGuidanceByCode,
  findGuidanceRow,
  insertGuidance,
  listGuidanceRows,
  updateGuidanceIfVersion,
  type GuidanceRow,
} from '../../repos/guidance.repo.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';

type Texts = Partial<Record<LanguageCode, { title: string; description: string }>>;
interface Merged {
  id: string;
  contentCode: string | null;
  area: WorkArea;
  texts: Texts;
  languages: LanguageCode[];
  publisher: string;
  year: number | null;
  url: string | null;
  isEdited: boolean;
  version: number;
}

const fromShipped = (s: ShippedGuidance): Merged => ({
  id: `content:${s.code}`,
  contentCode: s.code,
  area: s.area,
  texts: s.texts,
  languages: s.languages,
  publisher: s.publisher,
  year: s.year,
  url: s.url,
  isEdited: false,
  version: 0,
});

const fromRow = (r: GuidanceRow): Merged => ({
  id: r.id,
  contentCode: r.contentCode,
  area: r.area as WorkArea,
  texts: r.texts as Texts,
  languages: r.languages as LanguageCode[],
  publisher: r.publisher,
  year: r.year,
  url: r.url,
  isEdited: r.contentCode !== null,
  version: r.version,
});

/** Shipped entries (replaced by the organisation's edits), then the organisation's own. */
async function mergedLibrary(ctx: Context, organizationId: string): Promise<Merged[]> {
  const [shipped, rows] = await Promise.all([
    shippedGuidance(),
    listGuidanceRows(ctx.db, organizationId),
  ]);
  const edits = new Map(rows.flatMap((r) => (r.contentCode ? [[r.contentCode, r] as const] : [])));
  return [
    ...shipped.map((s) => {
      const edit = edits.get(s.code);
      return edit ? fromRow(edit) : fromShipped(s);
    }),
    ...rows.filter((r) => r.contentCode === null).map(fromRow),
  ];
}

/** The entry in the caller's language (or its first language), with the glossary it mentions. */
function present(ctx: Context, entry: Merged): GuidanceEntry {
  const lang = entry.texts[ctx.lang] ? ctx.lang : LANGUAGE_CODES.find((l) => entry.texts[l])!;
  const text = entry.texts[lang]!;
  const glossary = buildFramework(ctx.deps.framework, lang).glossary.map(({ code, term }) => ({
    code,
    term,
  }));
  const { texts, ...rest } = entry;
  return {
    ...rest,
    title: text.title,
    description: text.description,
    textLanguage: lang,
    texts: texts as GuidanceEntry['texts'],
    glossary: glossaryTermsIn([text.title, text.description], glossary),
  };
}

function searchableTexts(entry: Merged): string[] {
  return [
    entry.publisher,
    ...Object.values(entry.texts).flatMap((t) => (t ? [t.title, t.description] : [])),
  ];
}

/** The library filtered by area, document language and words (any of the four languages). */
export async function searchGuidance(ctx: Context, query: SearchGuidanceQuery) {
  authorize(ctx.actor, 'guidance.list');
  const library = await mergedLibrary(ctx, organizationOf(ctx.actor));
  const items = library.filter(
    (e) =>
      (!query.area || e.area === query.area) &&
      (!query.language || e.languages.includes(query.language)) &&
      (!query.q || matchesSearch(query.q, searchableTexts(e))),
  );
  return { items: items.map((e) => present(ctx, e)), total: items.length };
}

function columnsOf(input: ReturnType<typeof guidanceRequestSchema.parse>) {
  return { ...input, languages: [...new Set(input.languages)] };
}

/** Adds an entry of the organisation's own. */
export async function addGuidance(ctx: Context, body: GuidanceRequest): Promise<GuidanceEntry> {
  authorize(ctx.actor, 'guidance.create');
  const organizationId = organizationOf(ctx.actor);
  const input = guidanceRequestSchema.parse(body);
  return inTransaction(ctx.db, async (tx) => {
    const row = await insertGuidance(tx, { ...columnsOf(input), organizationId });
    await recordAudit(withDb(ctx, tx), {
      action: 'guidance.create',
      targetType: 'guidance_entry',
      targetId: row.id,
      details: { area: row.area },
    });
    return present(ctx, fromRow(row));
  });
}

/** Revises an entry stored by the organisation (its own or its edit of a shipped one). */
export async function editGuidance(ctx: Context, id: string, body: UpdateGuidanceRequest) {
  authorize(ctx.actor, 'guidance.update');
  const organizationId = organizationOf(ctx.actor);
  const { version, ...input } = updateGuidanceRequestSchema.parse(body);
  if (!(await findGuidanceRow(ctx.db, organizationId, id)))
    throw new AppError('not_found', 'record.not_found');
  return saveEdit(ctx, organizationId, id, version, columnsOf(input));
}

async function saveEdit(
  ctx: Context,
  organizationId: string,
  id: string,
  version: number,
  columns: ReturnType<typeof columnsOf>,
): Promise<GuidanceEntry> {
  const row = await inTransaction(ctx.db, async (tx) => {
    const updated = await updateGuidanceIfVersion(tx, organizationId, id, version, columns);
    if (!updated) return undefined;
    await recordAudit(withDb(ctx, tx), {
      action: 'guidance.update',
      targetType: 'guidance_entry',
      targetId: id,
      details: { version: updated.version, contentCode: updated.contentCode },
    });
    return updated;
  });
  if (!row) {
    const latest = await findGuidanceRow(ctx.db, organizationId, id);
    throw new AppError('conflict', 'record.stale_version', {
      current: latest ? present(ctx, fromRow(latest)) : null,
    });
  }
  return present(ctx, fromRow(row));
}

/** Edits a shipped entry for the organisation: version 0 makes the first edit, later ones revise it. */
export async function editShippedGuidance(ctx: Context, code: string, body: UpdateGuidanceRequest) {
  authorize(ctx.actor, 'guidance.update');
  const organizationId = organizationOf(ctx.actor);
  const { version, ...input } = updateGuidanceRequestSchema.parse(body);
  if (!(await shippedGuidance()).some((s) => s.code === code))
    throw new AppError('not_found', 'record.not_found');
  const existing = await findGuidanceByCode(ctx.db, organizationId, code);
  if (existing) return saveEdit(ctx, organizationId, existing.id, version, columnsOf(input));
  if (version !== 0) throw new AppError('conflict', 'record.stale_version');
  return inTransaction(ctx.db, async (tx) => {
    const row = await insertGuidance(tx, {
      ...columnsOf(input),
      organizationId,
      contentCode: code,
    });
    await recordAudit(withDb(ctx, tx), {
      action: 'guidance.update',
      targetType: 'guidance_entry',
      targetId: row.id,
      details: { version: row.version, contentCode: code },
    });
    return present(ctx, fromRow(row));
  });
}
