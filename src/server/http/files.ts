/** Files in and out of the API: an uploaded multipart file, and a file sent only as a download. */
import type { Context as HonoContext } from 'hono';
import { AppError } from '../../core/errors.js';

/** The bytes and name of the multipart field `file`, or `validation_failed` naming it. */
export async function uploadedFile(value: unknown): Promise<{ name: string; bytes: Uint8Array }> {
  if (!(value instanceof File)) {
    throw new AppError('validation_failed', 'attachments.empty', {
      fields: [{ path: 'file', code: 'required' }],
    });
  }
  return { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) };
}

/** Answers with a file as an attachment, never rendered by the browser. */
export function sendFile(
  c: HonoContext,
  file: { filename: string; contentType: string; body: Uint8Array },
) {
  c.header('Content-Type', file.contentType);
  // Stored and generated names are ASCII (letters, digits, dots, dashes): no encoding needed.
  c.header('Content-Disposition', `attachment; filename="${file.filename}"`);
  c.header('Content-Security-Policy', "default-src 'none'; sandbox");
  return c.body(new Uint8Array(file.body), 200);
}
