import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ListProjectsQuery } from '../../../core/projects/project.schema.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { projectsQuery } from './projects.api.js';
import { ProjectsTable, type ProjectSortColumn } from './projects-table.js';

interface ProjectsListProps {
  query: ListProjectsQuery;
  onQueryChange: (changes: Partial<Record<keyof ListProjectsQuery, string | number>>) => void;
}

/** One page of projects, sortable, with its pagination; loading, error and empty states. */
export function ProjectsList({ query, onQueryChange }: ProjectsListProps) {
  const { t } = useTranslation();
  const projects = useQuery(projectsQuery(query));
  const onSort = (column: ProjectSortColumn) =>
    onQueryChange({ sort: query.sort === column ? `-${column}` : column });
  const filtered = Boolean(
    query.q || query.country || query.sector || query.phase || query.partner,
  );
  return (
    <QueryView
      query={projects}
      isEmpty={(page) => page.items.length === 0}
      emptyMessage={t(filtered ? 'projects.emptyFiltered' : 'projects.empty')}
    >
      {(page) => (
        <>
          <ProjectsTable projects={page.items} sort={query.sort} onSort={onSort} />
          <PaginationBar
            page={query.page}
            pageSize={query.pageSize}
            total={page.total}
            onChange={onQueryChange}
          />
        </>
      )}
    </QueryView>
  );
}
