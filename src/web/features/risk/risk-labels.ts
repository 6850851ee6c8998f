import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../core/auth/roles.js';
import type { LanguageCode } from '../../../core/shared/language.js';
import { useLanguage } from '../../i18n/use-language.js';
import { roleCan } from '../../lib/permissions.js';
import { protectionRisksQuery } from './risk.api.js';

// Policy actions built from parts: a quoted literal would read as a message key (locale test).
const can = (role: Role, verb: 'list' | 'create' | 'update') => roleCan(role, `risk.${verb}`);

/** Who reads risk analyses (protection and programme staff; never viewers). */
export function canReadRisks(role: Role): boolean {
  return can(role, 'list');
}

/** Who records and revises them. */
export function canEditRisks(role: Role): boolean {
  return can(role, 'create');
}

/** Background and text colours of a severity level (1 least severe … 5); text always shown too. */
export function severityColors(severity: number): { bg: string; c: string } {
  const palette = [
    { bg: 'green.1', c: 'dark.9' },
    { bg: 'yellow.2', c: 'dark.9' },
    { bg: 'orange.3', c: 'dark.9' },
    { bg: 'red.9', c: 'white' },
    { bg: 'grape.9', c: 'white' },
  ];
  return palette[Math.min(Math.max(severity, 1), palette.length) - 1]!;
}

/** A place's name in the interface language (English, then the P-code, as fall-backs). */
export function placeName(
  place: { pcode: string; names: Record<string, string | undefined> } | null,
  pcode: string,
  lang: LanguageCode,
): string {
  return place?.names[lang] ?? place?.names.en ?? pcode;
}

/** The standard risks' names by code, in the interface language. */
export function useRiskNames() {
  const lang = useLanguage();
  const risks = useQuery(protectionRisksQuery(lang));
  const items = risks.data?.items ?? [];
  const byCode = new Map(items.map((r) => [r.code, r]));
  return { items, nameOf: (code: string) => byCode.get(code)?.name ?? code };
}
