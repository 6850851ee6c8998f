import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../src/server/db/database.js';
import { auditEntry, buildSafetyWorld, buildSite } from '../support/safety-factories.js';
import { call, createTestApp, TEST_ORIGIN, type TestApp } from '../support/test-app.js';

let t: TestApp;
let world: Awaited<ReturnType<typeof buildSafetyWorld>>;
let auditId: string;

/** A 2400 × 1800 JPEG carrying EXIF with a GPS position, a camera and a comment. */
async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#8a6' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Field phone 7', ImageDescription: 'latrine block B' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '13/1 37/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '25/1 21/1 0/1',
      },
    })
    .toBuffer();
}

function upload(
  bytes: Uint8Array,
  name: string,
  cookie = world.cookies.protection_officer,
  itemCode?: string,
) {
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' }));
  if (itemCode) form.append('itemCode', itemCode);
  return t.app.request(`${TEST_ORIGIN}/api/v1/safety/audits/${auditId}/photos`, {
    method: 'POST',
    headers: { cookie, origin: TEST_ORIGIN },
    body: form,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  world = await buildSafetyWorld(t);
  const site = await buildSite(t, world.cookies.protection_officer);
  const response = await call(t, 'POST', `/api/v1/safety/sites/${site.id}/audits`, {
    cookie: world.cookies.protection_officer,
    body: await auditEntry('2026-06-01', { 'lit-01': 'high' }),
  });
  auditId = (await response.json()).id;
});
afterAll(() => t.close());

describe('audit photos', () => {
  it('stores a photo resized to 1600 px with no EXIF, GPS or other metadata left', async () => {
    const original = await photoWithGps();
    const before = await sharp(original).metadata();
    expect(before.exif).toBeDefined();
    const response = await upload(original, 'IMG_0001.jpg', undefined, 'lit-01');
    expect(response.status).toBe(201);
    const photo = await response.json();
    expect(photo).toMatchObject({ itemCode: 'lit-01', width: 1600, height: 1200 });
    const [row] = await selectRows<{ content: Uint8Array }>(
      t.database.db,
      sql`select content from safety_photos where id = ${photo.id}`,
    );
    const stored = Buffer.from(row!.content);
    const after = await sharp(stored).metadata();
    expect(after.format).toBe('jpeg');
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(stored.includes(Buffer.from('Exif'))).toBe(false);
    expect(stored.includes(Buffer.from('PhoneMaker'))).toBe(false);
    // Served only as a download, never sniffed, with the same stored bytes.
    const served = await call(t, 'GET', `/api/v1/safety/audits/${auditId}/photos/${photo.id}`, {
      cookie: world.cookies.me_officer,
    });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await served.arrayBuffer()).equals(stored)).toBe(true);
    const audit = await (
      await call(t, 'GET', `/api/v1/safety/audits/${auditId}`, {
        cookie: world.cookies.protection_officer,
      })
    ).json();
    expect(audit.photos.map((p: { id: string }) => p.id)).toEqual([photo.id]);
    // A retried upload of the same file stores nothing new.
    const retry = await upload(original, 'IMG_0001.jpg', undefined, 'lit-01');
    expect(retry.status).toBe(201);
    expect((await retry.json()).id).toBe(photo.id);
  });

  it('refuses a non-image with an image extension with 400, storing nothing', async () => {
    const fake = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF');
    const response = await upload(fake, 'holiday.jpg');
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.details.fields).toEqual([expect.objectContaining({ path: 'file' })]);
    const text = await upload(new TextEncoder().encode('just words'), 'notes.png');
    expect(text.status).toBe(400);
  });

  it('answers 413 to a 50 MB upload', async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const response = await upload(big, 'huge.jpg');
    expect(response.status).toBe(413);
    const rows = await selectRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from safety_photos where audit_id = ${auditId}`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('serves photos only to those who may read the audit', async () => {
    const [row] = await selectRows<{ id: string }>(
      t.database.db,
      sql`select id from safety_photos where audit_id = ${auditId} limit 1`,
    );
    const path = `/api/v1/safety/audits/${auditId}/photos/${row!.id}`;
    expect((await call(t, 'GET', path, { cookie: world.cookies.viewer })).status).toBe(403);
    expect((await call(t, 'GET', path, { cookie: world.cookies.tcdOfficer })).status).toBe(404);
    expect((await call(t, 'GET', path, { cookie: world.cookies.other })).status).toBe(404);
    expect((await upload(await photoWithGps(), 'a.jpg', world.cookies.other)).status).toBe(404);
  });

  it('removes a photo: its bytes are gone, the audit trail names it without the image', async () => {
    const other = await sharp({
      create: { width: 640, height: 480, channels: 3, background: '#246' },
    })
      .png()
      .toBuffer();
    const photo = await (await upload(other, 'face.png')).json();
    const path = `/api/v1/safety/audits/${auditId}/photos/${photo.id}`;
    expect((await call(t, 'DELETE', path, { cookie: world.cookies.viewer })).status).toBe(403);
    expect((await call(t, 'DELETE', path, { cookie: world.cookies.tcdOfficer })).status).toBe(404);
    expect((await call(t, 'DELETE', path)).status).toBe(401);
    const removed = await call(t, 'DELETE', path, { cookie: world.cookies.me_officer });
    expect(removed.status).toBe(204);
    const rows = await selectRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from safety_photos where id = ${photo.id}`,
    );
    expect(rows[0]!.n).toBe(0);
    expect((await call(t, 'GET', path, { cookie: world.cookies.me_officer })).status).toBe(404);
    expect((await call(t, 'DELETE', path, { cookie: world.cookies.me_officer })).status).toBe(404);
    const trail = await selectRows<{ details: Record<string, unknown> }>(
      t.database.db,
      sql`select details from audit_log where action = 'safety.photo.remove'
        and target_id = ${auditId}`,
    );
    expect(trail).toEqual([{ details: { photoId: photo.id, itemCode: null, size: photo.size } }]);
  });
});
