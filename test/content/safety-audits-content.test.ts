import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { validateSafetyTemplateContent } from '../../src/core/safety/safety-template-content.js';
import { SAFETY_TOPICS } from '../../src/core/safety/safety-template.schema.js';
import { LANGUAGE_CODES } from '../../src/core/shared/language.js';
import { loadSafetyTemplates } from '../../src/server/content/load-safety-templates.js';

const dir = new URL('../../content/safety-audits/2026.1/', import.meta.url);
const read = async (name: string) => JSON.parse(await readFile(new URL(name, dir), 'utf8'));

async function shippedFiles() {
  const structure = await read('items.json');
  const translations = Object.fromEntries(
    await Promise.all(LANGUAGE_CODES.map(async (lang) => [lang, await read(`${lang}.json`)])),
  );
  return { structure, translations };
}

describe('safety audit template content (content/safety-audits/<version>/)', () => {
  it('covers every topic of DOMAIN.md §7 in four languages, lighting checked at night', async () => {
    const [content] = await loadSafetyTemplates();
    expect(content!.version).toBe('2026.1');
    for (const topic of SAFETY_TOPICS)
      expect(
        content!.items.some((i) => i.topic === topic),
        topic,
      ).toBe(true);
    expect(content!.items.filter((i) => i.topic === 'lighting').every((i) => i.atNight)).toBe(true);
    for (const item of content!.items) {
      const questions = LANGUAGE_CODES.map((lang) => item.texts[lang].question);
      expect(new Set(questions).size, `${item.code} is translated`).toBe(4);
    }
    expect(content!.items.find((i) => i.code === 'lat-03')!.texts.ar.question).toMatch(/50/);
  });

  it('refuses content with an item missing in one language, naming both', async () => {
    const { structure, translations } = await shippedFiles();
    delete translations.es.items['wat-01'];
    expect(() => validateSafetyTemplateContent(structure, translations)).toThrow(
      /es\.json: item wat-01/,
    );
  });

  it('refuses a duplicate code and a topic without a name', async () => {
    const { structure, translations } = await shippedFiles();
    structure.items.push({ ...structure.items[0] });
    expect(() => validateSafetyTemplateContent(structure, translations)).toThrow(/appears twice/);
    const second = await shippedFiles();
    delete second.translations.ar.topics.water;
    expect(() => validateSafetyTemplateContent(second.structure, second.translations)).toThrow(
      /topic water/,
    );
  });
});
