import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PROJECT_PHASES } from '../../../core/projects/phase.js';
import { TARGET_GROUPS } from '../../../core/projects/project.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { allCountryOptions, countryLabel } from '../../lib/country-names.js';
import { useCurrentUser } from '../auth/use-me.js';
import { frameworkQuery } from '../framework/framework.api.js';
import { officesQuery } from '../users/users.api.js';

/** Names of sectors and principles in the interface language (the code until they load). */
export function useFrameworkNames() {
  const lang = useLanguage();
  const { data } = useQuery(frameworkQuery(lang));
  const sectors = data?.sectors ?? [];
  const principles = data?.principles ?? [];
  const sectorNames = new Map(sectors.map((s) => [s.code, s.name]));
  const principleNames = new Map(principles.map((p) => [p.code, p.name]));
  return {
    sectors,
    principles,
    sectorName: (code: string) => sectorNames.get(code) ?? code,
    principleName: (code: string) => principleNames.get(code) ?? code,
  };
}

/** The 15 sectors as select options. */
export function useSectorOptions() {
  const { sectors } = useFrameworkNames();
  return sectors.map((sector) => ({ value: sector.code, label: sector.name }));
}

/** Target groups as select options. */
export function useTargetGroupOptions() {
  const { t } = useTranslation();
  return TARGET_GROUPS.map((group) => ({
    value: group,
    label: t(`projects.targetGroups.${group}`),
  }));
}

/** Life-cycle phases as select options. */
export function usePhaseOptions() {
  const { t } = useTranslation();
  return PROJECT_PHASES.map((phase) => ({ value: phase, label: t(`projects.phases.${phase}`) }));
}

/**
 * Countries for the country pickers: those of the user's offices (or of the organisation's
 * offices for organisation-wide users) first, then every other ISO country.
 */
export function useCountryOptions() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const me = useCurrentUser();
  const offices = useQuery(officesQuery);
  const scoped = me.scope.kind === 'offices' ? me.scope.offices : (offices.data?.items ?? []);
  const mine = [...new Set(scoped.map((office) => office.country))].sort();
  const others = allCountryOptions(lang).filter((option) => !mine.includes(option.value));
  return [
    {
      group: t('projects.fields.officeCountries'),
      items: mine.map((code) => ({ value: code, label: countryLabel(code, lang) })),
    },
    { group: t('projects.fields.otherCountries'), items: others },
  ].filter((group) => group.items.length > 0);
}
