import { Button, Group, Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listSitesQuerySchema, SITE_TYPES } from '../../../core/safety/safety-site.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { SearchInput } from '../../components/search-input.js';
import { useListParams } from '../../lib/use-list-params.js';
import { useCurrentUser } from '../auth/use-me.js';
import { exportUrl, sitesQuery } from './safety.api.js';
import { canAuditSafety, canExportSafety } from './safety-labels.js';
import { SiteForm } from './site-form.js';
import { SitesTable } from './sites-table.js';

/** Sites in the user's countries, their latest risk and open actions; record a new one. */
export function SitesPage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const { query, update } = useListParams(listSitesQuerySchema);
  const list = useQuery(sitesQuery(query));
  const [adding, setAdding] = useState(false);
  return (
    <>
      <PageHeader
        title={t('safety.sites.title')}
        description={t('safety.sites.intro')}
        actions={
          <Group gap="sm">
            <Button component={Link} to="/safety/template" variant="default">
              {t('safety.template.title')}
            </Button>
            {canExportSafety(role) && (
              <Button component="a" href={exportUrl('csv')} variant="default" download>
                {t('safety.export.csv')}
              </Button>
            )}
            {canExportSafety(role) && (
              <Button component="a" href={exportUrl('xlsx')} variant="default" download>
                {t('safety.export.xlsx')}
              </Button>
            )}
            {canAuditSafety(role) && (
              <Button onClick={() => setAdding((v) => !v)} aria-expanded={adding}>
                {t('safety.siteForm.open')}
              </Button>
            )}
          </Group>
        }
      />
      {adding && <SiteForm />}
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        <SearchInput
          label={t('safety.sites.search')}
          initialValue={query.q ?? ''}
          onSearch={(q) => update({ q })}
        />
        <Select
          label={t('safety.siteForm.type')}
          clearable
          value={query.type ?? null}
          data={SITE_TYPES.map((type) => ({ value: type, label: t(`safety.siteType.${type}`) }))}
          onChange={(type) => update({ type: type ?? undefined })}
        />
      </Group>
      <QueryView
        query={list}
        isEmpty={(page) => page.items.length === 0}
        emptyMessage={t(
          query.q || query.type ? 'safety.sites.emptyFiltered' : 'safety.sites.empty',
        )}
      >
        {(page) => (
          <>
            <SitesTable items={page.items} sort={query.sort} onSort={(sort) => update({ sort })} />
            <PaginationBar
              page={query.page}
              pageSize={query.pageSize}
              total={page.total}
              onChange={update}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
