/**
 * What an uploaded file really is, from its bytes (file-type), against an allow-list: the name's
 * extension and the browser's content type are not trusted.
 */
import { fileTypeFromBuffer } from 'file-type';

export const EVIDENCE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The allowed type of the bytes, or null when they are not an allowed type. */
export async function detectEvidenceType(
  bytes: Uint8Array,
  filename: string,
): Promise<{ ext: string; mime: string } | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected)
    return EVIDENCE_TYPES[detected.ext]
      ? { ext: detected.ext, mime: EVIDENCE_TYPES[detected.ext]! }
      : null;
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  if ((ext === 'txt' || ext === 'csv') && isPlainText(bytes))
    return { ext, mime: EVIDENCE_TYPES[ext]! };
  return null;
}

function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
