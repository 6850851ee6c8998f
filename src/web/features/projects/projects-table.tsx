import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Project } from '../../../core/projects/project.schema.js';
import { SortableHeader } from '../../components/sortable-header.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';
import { countryName } from '../../lib/country-names.js';
import { formatDate } from '../../lib/format-date.js';
import { PhaseBadge } from './phase-badge.js';
import { useFrameworkNames } from './use-project-options.js';

export type ProjectSortColumn = 'code' | 'title' | 'phase' | 'updatedAt';

interface ProjectsTableProps {
  projects: Project[];
  sort: string;
  onSort: (column: ProjectSortColumn) => void;
}

function directionOf(sort: string, column: ProjectSortColumn) {
  if (sort === column) return 'ascending';
  if (sort === `-${column}`) return 'descending';
  return null;
}

function ProjectRow({ project }: { project: Project }) {
  const lang = useLanguage();
  const { t } = useTranslation();
  const { sectorName } = useFrameworkNames();
  return (
    <Table.Tr>
      <Table.Td className="nowrap">
        <Anchor component={Link} to={`/projects/${project.id}`} fw={600}>
          <bdi>{project.code}</bdi>
        </Anchor>
      </Table.Td>
      <Table.Td>{project.title}</Table.Td>
      <Table.Td>
        <Text span size="sm" title={countryName(project.country, lang) ?? undefined}>
          {project.country}
        </Text>
      </Table.Td>
      <Table.Td>{project.sectors.map(sectorName).join(t('common.listSeparator'))}</Table.Td>
      <Table.Td>
        <PhaseBadge phase={project.phase} />
      </Table.Td>
      <Table.Td className="nowrap">
        <time dateTime={project.updatedAt}>{formatDate(project.updatedAt, lang)}</time>
      </Table.Td>
    </Table.Tr>
  );
}

/** One page of projects; code, title, phase and last change sort the table. */
export function ProjectsTable({ projects, sort, onSort }: ProjectsTableProps) {
  const { t } = useTranslation();
  const header = (column: ProjectSortColumn) => (
    <SortableHeader
      label={t(`projects.columns.${column}`)}
      direction={directionOf(sort, column)}
      onSort={() => onSort(column)}
    />
  );
  return (
    <TableRegion label={t('projects.caption')} minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('projects.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header('code')}
            {header('title')}
            <Table.Th>{t('projects.columns.country')}</Table.Th>
            <Table.Th>{t('projects.columns.sectors')}</Table.Th>
            {header('phase')}
            {header('updatedAt')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projects.map((project) => (
            <ProjectRow key={project.id} project={project} />
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
