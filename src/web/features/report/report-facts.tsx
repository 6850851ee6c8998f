import { useTranslation } from 'react-i18next';
import type { Project } from '../../../core/projects/project.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { countryLabel } from '../../lib/country-names.js';
import { formatDate } from '../../lib/format-date.js';
import { useFrameworkNames } from '../projects/use-project-options.js';

function formatAmount(amount: number | undefined, currency: string, lang: string): string | null {
  if (amount === undefined) return null;
  try {
    return new Intl.NumberFormat(lang, {
      style: 'currency',
      currency,
      numberingSystem: 'latn',
    }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** The facts of a project as [term, value] pairs, in the interface language. */
function useFacts(project: Project): [string, string][] {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { sectorName } = useFrameworkNames();
  const none = t('common.none');
  const list = (values: string[]) =>
    values.length > 0 ? values.join(t('common.listSeparator')) : none;
  const budget = project.budget;
  return [
    [t('projects.fields.code'), project.code],
    [t('projects.fields.country'), countryLabel(project.country, lang)],
    [t('report.phase'), t(`projects.phases.${project.phase}`)],
    [t('projects.fields.sectors'), list(project.sectors.map(sectorName))],
    [
      t('projects.fields.targetGroups'),
      list(project.targetGroups.map((g) => t(`projects.targetGroups.${g}`))),
    ],
    [t('projects.fields.partners'), list(project.partners)],
    [
      t('projects.fields.startDate'),
      project.startDate ? formatDate(project.startDate, lang) : none,
    ],
    [t('projects.fields.endDate'), project.endDate ? formatDate(project.endDate, lang) : none],
    [
      t('projects.fields.budgetAccessibility'),
      (budget && formatAmount(budget.accessibility, budget.currency, lang)) ?? none,
    ],
    [
      t('projects.fields.budgetFeedback'),
      (budget && formatAmount(budget.feedbackMechanism, budget.currency, lang)) ?? none,
    ],
    [t('report.checklistVersion'), project.checklistVersion],
  ];
}

/** The facts of a project as a definition list. */
export function ReportFacts({ project }: { project: Project }) {
  const facts = useFacts(project);
  return (
    <dl className="report-facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
