/**
 * Photos of safety audits: type checked by content, size-capped, then decoded and re-encoded with
 * sharp (longest side 1600 px, JPEG) so that no metadata survives: EXIF, GPS, XMP, ICC, comments.
 */
import crypto from 'node:crypto';
import sharp from 'sharp';
import { AppError } from '../../../core/errors.js';
import type { AuditPhoto } from '../../../core/safety/safety-audit.schema.js';
import { inTransaction } from '../../db/database.js';
import {
  deletePhoto,
  findPhoto,
  findPhotoByHash,
  insertPhoto,
  listPhotos,
} from '../../repos/safety-photos.repo.js';
import { answersOf } from '../../repos/safety-audits.repo.js';
import { detectEvidenceType } from '../../security/detect-file-type.js';
import { MAX_ATTACHMENT_BYTES } from '../attachments.service.js';
import { recordAudit } from '../audit.service.js';
import { withDb, type Context } from '../context.js';
import { actingUser, loadAudit } from './safety-scope.js';

/** Photos share the evidence cap (the upload body limit of the app is sized for it). */
export const MAX_PHOTO_BYTES = MAX_ATTACHMENT_BYTES;
export const PHOTO_LONGEST_SIDE = 1600;
/** Refuses decompression bombs: a small file that decodes to a huge bitmap. */
const MAX_INPUT_PIXELS = 60_000_000;
const IMAGE_EXTENSIONS = ['jpg', 'png', 'webp'];

const invalidPhoto = (code: string, message = 'safety.photo_not_image') =>
  new AppError('validation_failed', message, { fields: [{ path: 'file', code }] });

/** Decodes and re-encodes a photo; nothing of the original file but its pixels is kept. */
export async function reencodePhoto(bytes: Uint8Array) {
  try {
    const { data, info } = await sharp(bytes, {
      limitInputPixels: MAX_INPUT_PIXELS,
      failOn: 'error',
    })
      .rotate()
      .resize({
        width: PHOTO_LONGEST_SIDE,
        height: PHOTO_LONGEST_SIDE,
        fit: 'inside',
        withoutEnlargement: true,
      })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch {
    throw invalidPhoto('unreadable');
  }
}

async function checkPhoto(file: { name: string; bytes: Uint8Array }) {
  if (file.bytes.byteLength === 0) throw invalidPhoto('empty', 'attachments.empty');
  if (file.bytes.byteLength > MAX_PHOTO_BYTES)
    throw new AppError('payload_too_large', 'attachments.too_large');
  const type = await detectEvidenceType(file.bytes, file.name);
  if (!type || !IMAGE_EXTENSIONS.includes(type.ext)) throw invalidPhoto('type_not_allowed');
}

/** Adds a photo to an audit, optionally of one of its items. */
export async function addAuditPhoto(
  ctx: Context,
  auditId: string,
  file: { name: string; bytes: Uint8Array },
  itemCode: string | undefined,
): Promise<AuditPhoto> {
  const { audit } = await loadAudit(ctx, 'safety.audit', auditId);
  if (itemCode && !(await answersOf(ctx.db, [audit.id])).some((a) => a.itemCode === itemCode))
    throw new AppError('validation_failed', 'safety.unknown_item', {
      fields: [{ path: 'itemCode', code: 'unknown_item' }],
    });
  await checkPhoto(file);
  const photo = await reencodePhoto(file.bytes);
  const sha256 = crypto.createHash('sha256').update(photo.data).digest('hex');
  // Re-encoding is deterministic: a retried upload of the same file finds its first copy.
  const earlier = await findPhotoByHash(ctx.db, audit.id, sha256);
  if (earlier) {
    const photos = await listPhotos(ctx.db, audit.id);
    const found = photos.find((p) => p.id === earlier.id)!;
    return { ...found, uploadedAt: found.uploadedAt.toISOString() };
  }
  return inTransaction(ctx.db, async (tx) => {
    const row = await insertPhoto(tx, {
      organizationId: audit.organizationId,
      auditId: audit.id,
      itemCode: itemCode ?? null,
      contentType: 'image/jpeg',
      width: photo.width,
      height: photo.height,
      size: photo.data.byteLength,
      sha256,
      content: photo.data,
      uploadedBy: actingUser(ctx),
      uploadedAt: ctx.deps.now(),
    });
    await recordAudit(withDb(ctx, tx), {
      action: 'safety.photo.add',
      targetType: 'safety_audit',
      targetId: audit.id,
      details: { photoId: row.id, itemCode: itemCode ?? null, size: row.size },
    });
    return { ...row, uploadedAt: row.uploadedAt.toISOString() };
  });
}

/** A photo's bytes, for those who may read its audit. */
export async function readAuditPhoto(ctx: Context, auditId: string, photoId: string) {
  const { audit } = await loadAudit(ctx, 'safety.read', auditId);
  const row = await findPhoto(ctx.db, audit.id, photoId);
  if (!row) throw new AppError('not_found', 'record.not_found');
  await recordAudit(ctx, {
    action: 'safety.photo.read',
    targetType: 'safety_audit',
    targetId: audit.id,
    details: { photoId },
  });
  return { filename: `site-photo-${row.id}.jpg`, contentType: row.contentType, body: row.content };
}

/**
 * Removes a photo from an audit (one that shows a face, a name, a shelter's inside): the stored
 * bytes are deleted, and the audit trail keeps who removed which photo, never the image.
 */
export async function removeAuditPhoto(ctx: Context, auditId: string, photoId: string) {
  const { audit } = await loadAudit(ctx, 'safety.audit', auditId);
  await inTransaction(ctx.db, async (tx) => {
    const removed = await deletePhoto(tx, audit.id, photoId);
    if (!removed) throw new AppError('not_found', 'record.not_found');
    await recordAudit(withDb(ctx, tx), {
      action: 'safety.photo.remove',
      targetType: 'safety_audit',
      targetId: audit.id,
      details: { photoId, itemCode: removed.itemCode, size: removed.size },
    });
  });
}
