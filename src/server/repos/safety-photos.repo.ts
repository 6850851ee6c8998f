/** Photos of safety audits: SQL only. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { safetyPhotos } from '../db/schema-safety.js';

export async function insertPhoto(db: Db, values: typeof safetyPhotos.$inferInsert) {
  const [row] = await db.insert(safetyPhotos).values(values).returning({
    id: safetyPhotos.id,
    itemCode: safetyPhotos.itemCode,
    width: safetyPhotos.width,
    height: safetyPhotos.height,
    size: safetyPhotos.size,
    uploadedAt: safetyPhotos.uploadedAt,
  });
  return row!;
}

/** The photos of an audit, without their bytes. */
export function listPhotos(db: Db, auditId: string) {
  return db
    .select({
      id: safetyPhotos.id,
      itemCode: safetyPhotos.itemCode,
      width: safetyPhotos.width,
      height: safetyPhotos.height,
      size: safetyPhotos.size,
      uploadedAt: safetyPhotos.uploadedAt,
    })
    .from(safetyPhotos)
    .where(eq(safetyPhotos.auditId, auditId))
    .orderBy(asc(safetyPhotos.uploadedAt));
}

/** One photo of an audit, with its bytes. */
export async function findPhoto(db: Db, auditId: string, photoId: string) {
  const [row] = await db
    .select()
    .from(safetyPhotos)
    .where(and(eq(safetyPhotos.auditId, auditId), eq(safetyPhotos.id, photoId)));
  return row;
}

/** The photo of an audit with these stored bytes (same SHA-256), if any: a retried upload. */
export async function findPhotoByHash(db: Db, auditId: string, sha256: string) {
  const [row] = await db
    .select({ id: safetyPhotos.id })
    .from(safetyPhotos)
    .where(and(eq(safetyPhotos.auditId, auditId), eq(safetyPhotos.sha256, sha256)));
  return row;
}

/** Deletes a photo of an audit, bytes and all; answers its size, or undefined when none was. */
export async function deletePhoto(db: Db, auditId: string, photoId: string) {
  const [row] = await db
    .delete(safetyPhotos)
    .where(and(eq(safetyPhotos.auditId, auditId), eq(safetyPhotos.id, photoId)))
    .returning({ id: safetyPhotos.id, size: safetyPhotos.size, itemCode: safetyPhotos.itemCode });
  return row;
}
