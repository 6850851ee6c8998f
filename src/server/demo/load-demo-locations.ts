/**
 * The demo gazetteer: a Sudan hierarchy constructed for training (content/demo/README.md), not an
 * official gazetteer. Imported through the same service as an uploaded file.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CONTENT_DIR } from '../content/load-framework.js';
import type { Context } from '../services/context.js';
import { importGazetteer } from '../services/locations/import-gazetteer.js';

export const DEMO_GAZETTEER_FILE = path.join(DEFAULT_CONTENT_DIR, 'demo', 'sdn-gazetteer.csv');

/** Imports the demo organisation's Sudan gazetteer (the context acts in that organisation). */
export async function loadDemoLocations(ctx: Context): Promise<void> {
  const bytes = new Uint8Array(await fs.readFile(DEMO_GAZETTEER_FILE));
  await importGazetteer(
    ctx,
    { name: path.basename(DEMO_GAZETTEER_FILE), bytes },
    { dryRun: false },
  );
}
