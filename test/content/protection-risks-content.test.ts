/** The shipped protection risk content is complete, and broken content is refused with every problem named. */
import { describe, expect, it } from 'vitest';
import { PROTECTION_RISKS } from '../../src/core/risk/protection-risks.js';
import { validateProtectionRiskContent } from '../../src/core/risk/protection-risk-content.js';
import { LANGUAGE_CODES } from '../../src/core/shared/language.js';
import { loadProtectionRisks } from '../../src/server/content/load-protection-risks.js';
import { readJsonFile, DEFAULT_CONTENT_DIR } from '../../src/server/content/load-framework.js';

const read = (name: string) => readJsonFile(`${DEFAULT_CONTENT_DIR}/protection-risks/${name}.json`);

describe('protection risk content', () => {
  it('ships the 15 standard risks with a name and description in every language', async () => {
    const content = await loadProtectionRisks();
    expect([...content.codes].sort()).toEqual([...PROTECTION_RISKS].sort());
    for (const lang of LANGUAGE_CODES)
      for (const code of PROTECTION_RISKS) {
        expect(content.texts[lang][code].name.length, `${lang} ${code}`).toBeGreaterThan(3);
        expect(content.texts[lang][code].description.length).toBeGreaterThan(20);
      }
    expect(
      new Set(LANGUAGE_CODES.map((l) => content.texts[l].gender_based_violence.name)).size,
    ).toBe(4);
  });

  it('refuses a missing or unknown code and an incomplete language, listing each problem', async () => {
    const structure = (await read('structure')) as { risks: string[] };
    const translations = Object.fromEntries(
      await Promise.all(LANGUAGE_CODES.map(async (l) => [l, await read(l)] as const)),
    ) as Record<(typeof LANGUAGE_CODES)[number], { risks: Record<string, unknown> }>;
    const broken = { ...structure, risks: [...structure.risks.slice(1), 'invented_risk'] };
    const { gender_based_violence: _dropped, ...rest } = translations.ar.risks;
    const ar = { ...translations.ar, risks: rest };
    expect(() => validateProtectionRiskContent(broken, { ...translations, ar })).toThrow(
      /invented_risk" is not a standard risk[\s\S]*abduction_disappearance_detention missing[\s\S]*ar: risks.gender_based_violence missing/,
    );
  });
});
