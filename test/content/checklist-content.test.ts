import { afterAll, describe, it, expect } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  loadFrameworkContent,
  DEFAULT_CONTENT_DIR,
} from '../../src/server/content/load-framework.js';
import {
  listFrameworkCodes,
  loadChecklistVersions,
} from '../../src/server/content/load-checklists.js';
import { LANGUAGE_CODES } from '../../src/core/shared/language.js';

// Loading validates: it throws, naming version, language and id, if any text is missing.
const framework = await loadFrameworkContent();
const versions = await loadChecklistVersions(framework);
const codes = listFrameworkCodes(framework);

/** Every text and guidance of one language, each labelled with its item id and field. */
function listTexts(texts: Record<string, { text: string; guidance: string }>): [string, string][] {
  return Object.entries(texts).flatMap(([id, entry]): [string, string][] => [
    [`${id}.text`, entry.text],
    [`${id}.guidance`, entry.guidance],
  ]);
}

type Item = (typeof versions)[number]['items'][number];
const isGeneral = (item: Item) => item.sector === null;

describe('checklist content (content/checklists/<version>/*.json)', () => {
  it('includes version 2026.1, versions oldest first', () => {
    const names = versions.map((version) => version.version);
    expect(names).toContain('2026.1');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
  });

  it('checks against the four principles, four phases and fifteen sectors', () => {
    expect(codes.principles).toHaveLength(4);
    expect(codes.phases).toEqual(['design', 'endorsement', 'implementation', 'evaluation']);
    expect(codes.sectors).toHaveLength(15);
  });

  describe.each(versions.map((content) => [content.version, content] as const))(
    'version %s',
    (_, content) => {
      it('has a text and guidance for every item in every language, and nothing else', () => {
        const ids = content.items.map((item) => item.id).sort();
        for (const lang of LANGUAGE_CODES) {
          expect(Object.keys(content.texts[lang]).sort()).toEqual(ids);
        }
      });

      it('has at least 64 general items, at least 4 per principle × phase', () => {
        const general = content.items.filter(isGeneral);
        expect(general.length).toBeGreaterThanOrEqual(64);
        for (const principle of codes.principles) {
          for (const phase of codes.phases) {
            const count = general.filter((i) => i.principle === principle && i.phase === phase);
            expect(count.length, `${principle} × ${phase}`).toBeGreaterThanOrEqual(4);
          }
        }
      });

      it('has at least 3 items for each of the fifteen sectors', () => {
        for (const sector of codes.sectors) {
          const count = content.items.filter((item) => item.sector === sector).length;
          expect(count, sector).toBeGreaterThanOrEqual(3);
        }
      });

      it('has mandatory items in design and endorsement for every principle, none later', () => {
        const mandatory = content.items.filter((item) => item.mandatory);
        for (const principle of codes.principles) {
          for (const phase of ['design', 'endorsement']) {
            const found = mandatory.filter(
              (i) => isGeneral(i) && i.principle === principle && i.phase === phase,
            );
            expect(found.length, `${principle} × ${phase}`).toBeGreaterThan(0);
          }
        }
        expect(mandatory.map((item) => item.phase)).not.toContain('implementation');
        expect(mandatory.map((item) => item.phase)).not.toContain('evaluation');
        for (const sector of codes.sectors) {
          const count = mandatory.filter((item) => item.sector === sector).length;
          expect(count, sector).toBeLessThanOrEqual(1);
        }
      });

      it('writes every Arabic text in Arabic script, with no Latin letters left', () => {
        const notArabic = listTexts(content.texts.ar).filter(
          ([, text]) => !/\p{Script=Arabic}/u.test(text) || /[A-Za-z]/.test(text),
        );
        expect(notArabic).toEqual([]);
      });

      it.each(['fr', 'es'] as const)('translates every text and guidance into %s', (lang) => {
        const english = new Map(listTexts(content.texts.en));
        const untranslated = listTexts(content.texts[lang]).filter(
          ([label, text]) => english.get(label) === text,
        );
        expect(untranslated).toEqual([]);
      });
    },
  );
});

describe('loadChecklistVersions', () => {
  const tempDirs: string[] = [];
  afterAll(async () => {
    await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  /** Copies the real 2026.1 version into a temporary content dir under each folder name given. */
  async function buildContentDir(folders: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'mainstream-checklists-'));
    tempDirs.push(dir);
    const source = join(DEFAULT_CONTENT_DIR, 'checklists', '2026.1');
    for (const [folder, version] of Object.entries(folders)) {
      const target = join(dir, 'checklists', folder);
      await cp(source, target, { recursive: true });
      const itemsPath = join(target, 'items.json');
      const items = JSON.parse(await readFile(itemsPath, 'utf8')) as Record<string, unknown>;
      await writeFile(itemsPath, JSON.stringify({ ...items, version }));
    }
    return dir;
  }

  it('returns every version, ordered by year then release', async () => {
    const dir = await buildContentDir({
      '2026.10': '2026.10',
      '2026.1': '2026.1',
      '2026.2': '2026.2',
    });
    const loaded = await loadChecklistVersions(framework, dir);
    expect(loaded.map((content) => content.version)).toEqual(['2026.1', '2026.2', '2026.10']);
  });

  it('rejects a version whose folder name differs from items.json', async () => {
    const dir = await buildContentDir({ '2026.3': '2026.4' });
    await expect(loadChecklistVersions(framework, dir)).rejects.toThrow(
      /declares version "2026.4", its folder is "2026.3"/,
    );
  });

  it('names the version folder and every missing file when a version is incomplete', async () => {
    const dir = await buildContentDir({ '2026.5': '2026.5' });
    await rm(join(dir, 'checklists', '2026.5', 'fr.json'));
    await rm(join(dir, 'checklists', '2026.5', 'ar.json'));
    await expect(loadChecklistVersions(framework, dir)).rejects.toThrow(
      /2026\.5: Checklist content is invalid[\s\S]*fr: language file missing[\s\S]*ar: language/,
    );
  });

  it('fails when there is no checklist version at all', async () => {
    const wrongDir = join(tmpdir(), 'mainstream-no-content');
    await expect(loadChecklistVersions(framework, wrongDir)).rejects.toThrow(
      /no checklist version found/,
    );
  });
});
