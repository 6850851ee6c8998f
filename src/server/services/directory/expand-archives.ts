/**
 * HSDS packages travel as ZIP files (the standard's examples, and our own export). A ZIP among the
 * uploaded files is opened with fflate and its CSV files and `datapackage.json` take its place.
 * Sizes are checked before anything is inflated: an archive whose files declare more than 50 MB
 * in all is refused, and fflate inflates each entry into a buffer of the size it declares, so an
 * entry that lies about its size cannot grow past it.
 */
import { unzipSync } from 'fflate';
import { AppError } from '../../../core/errors.js';
import { invalidInput } from '../../../core/risk/invalid-input.js';
import type { UploadedPart } from './read-hsds-package.js';

/** What an archive may hold in all once opened, and how many files. */
export const MAX_ARCHIVE_CONTENT_BYTES = 50 * 1024 * 1024;
const MAX_ARCHIVE_FILES = 100;

const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  bytes[2] === 0x03 &&
  bytes[3] === 0x04;
/** The files of a package, wherever they sit in the archive; not macOS's resource forks. */
const isPackageFile = (name: string) =>
  !name.startsWith('__MACOSX/') && /(\.csv|datapackage\.json)$/i.test(name);

/** The uploaded files with each ZIP replaced by the package files inside it. */
export function expandArchives(parts: readonly UploadedPart[]): UploadedPart[] {
  return parts.flatMap((part, index) => (isZip(part.bytes) ? unzipPart(part, index) : [part]));
}

function unzipPart(part: UploadedPart, index: number): UploadedPart[] {
  const refuse = (code: string) =>
    invalidInput('directory.archive_refused', [
      { path: `files.${index}`, code, params: { file: part.name } },
    ]);
  let declared = 0;
  let files = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(part.bytes, {
      filter: (file) => {
        if (!isPackageFile(file.name)) return false;
        declared += file.originalSize;
        files += 1;
        if (declared > MAX_ARCHIVE_CONTENT_BYTES || files > MAX_ARCHIVE_FILES)
          throw refuse('archive_too_large');
        return true;
      },
    });
  } catch (error) {
    if (AppError.isAppError(error)) throw error;
    throw refuse('unreadable_archive');
  }
  return Object.entries(entries).map(([name, bytes]) => ({ name, bytes }));
}
