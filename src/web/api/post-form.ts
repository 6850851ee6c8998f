import i18next from 'i18next';
import { AppError } from '../../core/errors.js';

/** Posts a multipart form (file uploads); an error answer becomes the AppError it carries. */
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Accept-Language': i18next.language || 'en' },
    body: form,
  });
  const data: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw AppError.fromBody(data, `HTTP ${response.status}`);
  return data as T;
}
