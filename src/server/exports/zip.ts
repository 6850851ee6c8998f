/**
 * A minimal ZIP writer (stored entries, no compression) for data packages of a few CSV files:
 * local headers, central directory and end record as in PKWARE's APPNOTE, CRC-32 from zlib.
 */
import zlib from 'node:zlib';

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/** DOS date and time of a moment (ZIP's timestamp format). */
function dosTime(at: Date): { time: number; date: number } {
  const time = (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1);
  const date =
    ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate();
  return { time, date };
}

function header(signature: number, size: number) {
  const buffer = Buffer.alloc(size);
  buffer.writeUInt32LE(signature, 0);
  return buffer;
}

/** The fields shared by the local and central headers, from the version needed onwards. */
function common(
  buffer: Buffer,
  at: number,
  entry: ZipEntry,
  crc: number,
  stamp: ReturnType<typeof dosTime>,
  nameLength: number,
) {
  buffer.writeUInt16LE(20, at); // version needed
  buffer.writeUInt16LE(0x0800, at + 2); // UTF-8 names
  buffer.writeUInt16LE(0, at + 4); // stored
  buffer.writeUInt16LE(stamp.time, at + 6);
  buffer.writeUInt16LE(stamp.date, at + 8);
  buffer.writeUInt32LE(crc, at + 10);
  buffer.writeUInt32LE(entry.bytes.length, at + 14);
  buffer.writeUInt32LE(entry.bytes.length, at + 18);
  buffer.writeUInt16LE(nameLength, at + 22);
}

/** The bytes of a ZIP archive holding the entries. */
export function zipOf(entries: readonly ZipEntry[], at: Date): Buffer {
  const stamp = dosTime(at);
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const crc = zlib.crc32(entry.bytes) >>> 0;
    const local = header(0x04034b50, 30);
    common(local, 4, entry, crc, stamp, name.length);
    parts.push(local, name, Buffer.from(entry.bytes));
    const record = header(0x02014b50, 46);
    record.writeUInt16LE(20, 4); // made by
    common(record, 6, entry, crc, stamp, name.length);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += local.length + name.length + entry.bytes.length;
  }
  const directory = Buffer.concat(central);
  const end = header(0x06054b50, 22);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
