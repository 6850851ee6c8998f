import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../core/projects/project.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDate } from '../../lib/format-date.js';
import { useOfficeOptions } from '../../lib/use-options.js';
import { changedFields, type EditableField } from './edit-project-values.js';
import { useFrameworkNames } from './use-project-options.js';

const LABELS: Record<EditableField, string> = {
  title: 'projects.fields.title',
  officeId: 'projects.fields.office',
  adminAreas: 'projects.fields.adminAreas',
  sectors: 'projects.fields.sectors',
  targetGroups: 'projects.fields.targetGroups',
  partners: 'projects.fields.partners',
  startDate: 'projects.fields.startDate',
  endDate: 'projects.fields.endDate',
  budget: 'projects.fields.budget',
};

/** One field of a project as text in the interface language. */
function useFieldText() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { sectorName } = useFrameworkNames();
  const offices = useOfficeOptions().options;
  const none = t('common.none');
  const list = (items: string[]) => (items.length ? items.join(t('common.listSeparator')) : none);
  const date = (iso: string | null) => (iso ? formatDate(iso, lang) : none);
  const amount = (value: number | undefined) =>
    value === undefined
      ? none
      : new Intl.NumberFormat(lang, { numberingSystem: 'latn' }).format(value);
  return (name: EditableField, project: Project): string => {
    switch (name) {
      case 'title':
        return project.title;
      case 'officeId':
        if (!project.officeId) return none;
        return offices.find((o) => o.value === project.officeId)?.label ?? project.officeId;
      case 'sectors':
        return list(project.sectors.map(sectorName));
      case 'targetGroups':
        return list(project.targetGroups.map((group) => t(`projects.targetGroups.${group}`)));
      case 'startDate':
      case 'endDate':
        return date(project[name]);
      case 'budget': {
        const budget = project.budget;
        if (!budget) return none;
        return (
          [
            `${t('projects.fields.budgetAccessibility')}: ${amount(budget.accessibility)}`,
            `${t('projects.fields.budgetFeedback')}: ${amount(budget.feedbackMechanism)}`,
          ].join(t('common.listSeparator')) + ` (${budget.currency})`
        );
      }
      default:
        return list(project[name]);
    }
  };
}

interface ProjectConflictAlertProps {
  /** The project as editing started. */
  base: Project;
  /** The project as someone else saved it meanwhile. */
  current: Project;
  onLoadCurrent: () => void;
  onSaveMine: () => void;
}

/** "Changed by someone else": what they changed, and the choice to load it or save over it. */
export function ProjectConflictAlert(props: ProjectConflictAlertProps) {
  const { base, current, onLoadCurrent, onSaveMine } = props;
  const { t } = useTranslation();
  const text = useFieldText();
  const changed = changedFields(base, current);
  return (
    <Alert color="orange" title={t('projects.conflict.title')} role="alert">
      <Text size="sm">
        {t('projects.conflict.body')}{' '}
        {changed.length > 0
          ? t('projects.conflict.changedIntro')
          : t('projects.conflict.noFieldChanged')}
      </Text>
      {changed.length > 0 && (
        <Stack component="dl" gap={4} my="xs">
          {changed.map((name) => (
            <div key={name}>
              <Text component="dt" size="sm" fw={600}>
                {t(LABELS[name])}
              </Text>
              <Text component="dd" size="sm" ms={0}>
                {text(name, current)}
              </Text>
            </div>
          ))}
        </Stack>
      )}
      <Group gap="xs" mt="xs">
        <Button size="xs" variant="default" onClick={onLoadCurrent}>
          {t('projects.conflict.loadCurrent')}
        </Button>
        <Button size="xs" onClick={onSaveMine}>
          {t('projects.conflict.saveMine')}
        </Button>
      </Group>
    </Alert>
  );
}
