import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Project } from '../../../core/projects/project.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { countryLabel } from '../../lib/country-names.js';
import { formatDate } from '../../lib/format-date.js';
import { PhaseBadge } from './phase-badge.js';
import { useFrameworkNames } from './use-project-options.js';

interface ProjectHeaderProps {
  project: Project;
  /** Opens the edit form; no "Edit" button without it (the user's role may not edit). */
  onEdit?: () => void;
}

/** Code, title and phase of a project, its main facts, the link to its report and "Edit". */
export function ProjectHeader({ project, onEdit }: ProjectHeaderProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { sectorName } = useFrameworkNames();
  const dates = [project.startDate, project.endDate]
    .map((date) => (date ? formatDate(date, lang) : '…'))
    .join(' – ');
  return (
    <Group justify="space-between" align="flex-start" mb="md" gap="sm">
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={600} c="dimmed" dir="ltr">
            {project.code}
          </Text>
          <PhaseBadge phase={project.phase} />
        </Group>
        <Title order={1} fz={{ base: 22, sm: 28 }}>
          {project.title}
        </Title>
        <Text size="sm" c="dimmed">
          {countryLabel(project.country, lang)}
          {' · '}
          {project.sectors.map(sectorName).join(t('common.listSeparator'))}
          {(project.startDate || project.endDate) && ` · ${dates}`}
        </Text>
      </Stack>
      <Group gap="xs">
        {onEdit && (
          <Button variant="default" className="no-print" onClick={onEdit}>
            {t('projects.edit')}
          </Button>
        )}
        <Button component={Link} to={`/projects/${project.id}/report`} variant="default">
          {t('projects.reportLink')}
        </Button>
      </Group>
    </Group>
  );
}
