/** Evidence attached to checklist answers: size-capped, type checked by content, served as attachments. */
import crypto from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { AppError } from '../../core/errors.js';
import { answerAttachments } from '../db/schema-projects.js';
import { detectEvidenceType } from '../security/detect-file-type.js';
import { userNames } from '../repos/users.repo.js';
import { recordAudit } from './audit.service.js';
import type { Context } from './context.js';
import { projectItems } from './project-items.js';
import { loadProject } from './projects.service.js';
import { inTransaction } from '../db/database.js';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export interface AttachmentInfo {
  id: string;
  itemId: string;
  filename: string;
  contentType: string;
  size: number;
  uploadedBy: string | null;
  uploadedAt: string;
}

/** Stores a file as evidence for one item of a project. */
export async function attachEvidence(
  ctx: Context,
  projectId: string,
  itemId: string,
  file: { name: string; bytes: Uint8Array },
): Promise<AttachmentInfo> {
  const project = await loadProject(ctx, 'checklist.answer', projectId);
  if (!(await projectItems(ctx.db, project)).some((i) => i.itemId === itemId)) {
    throw new AppError('validation_failed', 'checklist.unknown_item', {
      fields: [{ path: 'itemId', code: 'unknown_item' }],
    });
  }
  if (file.bytes.byteLength === 0)
    throw new AppError('validation_failed', 'attachments.empty', {
      fields: [{ path: 'file', code: 'empty' }],
    });
  if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES)
    throw new AppError('payload_too_large', 'attachments.too_large');
  const type = await detectEvidenceType(file.bytes, file.name);
  if (!type)
    throw new AppError('validation_failed', 'attachments.type_not_allowed', {
      fields: [{ path: 'file', code: 'type_not_allowed' }],
    });
  const filename = safeFilename(file.name, type.ext);
  const uploadedBy = ctx.actor?.kind === 'user' ? ctx.actor.id : null;
  return inTransaction(ctx.db, async (tx) => {
    const [row] = await tx
      .insert(answerAttachments)
      .values({
        organizationId: project.organizationId,
        projectId,
        itemId,
        filename,
        contentType: type.mime,
        size: file.bytes.byteLength,
        sha256: crypto.createHash('sha256').update(file.bytes).digest('hex'),
        content: Buffer.from(file.bytes),
        uploadedBy,
        uploadedAt: ctx.deps.now(),
      })
      .returning({ id: answerAttachments.id, uploadedAt: answerAttachments.uploadedAt });
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: 'checklist.attach',
        targetType: 'project',
        targetId: projectId,
        details: { itemId, attachmentId: row!.id, size: file.bytes.byteLength },
      },
    );
    const names = await userNames(tx, [uploadedBy]);
    return {
      id: row!.id,
      itemId,
      filename,
      contentType: type.mime,
      size: file.bytes.byteLength,
      uploadedBy: uploadedBy ? (names.get(uploadedBy) ?? null) : null,
      uploadedAt: row!.uploadedAt.toISOString(),
    };
  });
}

/** The files attached to a project's answers (optionally one item's). */
export async function listEvidence(
  ctx: Context,
  projectId: string,
  itemId?: string,
): Promise<{ items: AttachmentInfo[] }> {
  const project = await loadProject(ctx, 'checklist.read', projectId);
  const conditions = [eq(answerAttachments.projectId, project.id)];
  if (itemId) conditions.push(eq(answerAttachments.itemId, itemId));
  const rows = await ctx.db
    .select({
      id: answerAttachments.id,
      itemId: answerAttachments.itemId,
      filename: answerAttachments.filename,
      contentType: answerAttachments.contentType,
      size: answerAttachments.size,
      uploadedBy: answerAttachments.uploadedBy,
      uploadedAt: answerAttachments.uploadedAt,
    })
    .from(answerAttachments)
    .where(and(...conditions))
    .orderBy(asc(answerAttachments.uploadedAt));
  const names = await userNames(
    ctx.db,
    rows.map((r) => r.uploadedBy),
  );
  return {
    items: rows.map((r) => ({
      ...r,
      uploadedBy: r.uploadedBy ? (names.get(r.uploadedBy) ?? null) : null,
      uploadedAt: r.uploadedAt.toISOString(),
    })),
  };
}

/** One file's bytes for download. */
export async function readEvidence(ctx: Context, projectId: string, attachmentId: string) {
  const project = await loadProject(ctx, 'checklist.read', projectId);
  const [row] = await ctx.db
    .select()
    .from(answerAttachments)
    .where(
      and(eq(answerAttachments.projectId, project.id), eq(answerAttachments.id, attachmentId)),
    );
  if (!row) throw new AppError('not_found', 'record.not_found');
  return { filename: row.filename, contentType: row.contentType, content: row.content };
}

/** A stored name: letters, digits, dots, dashes; the detected extension. */
function safeFilename(name: string, ext: string): string {
  const base = name
    .replace(/\.[^.]*$/, '')
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '_')
    .replace(/^[._]+/, '')
    .slice(0, 80);
  return `${base || 'evidence'}.${ext}`;
}
