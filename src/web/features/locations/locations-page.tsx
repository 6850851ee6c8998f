import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listLocationsQuerySchema } from '../../../core/locations/location.schema.js';
import { EmptyMessage } from '../../components/empty-message.js';
import { PageHeader } from '../../components/page-header.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { useCan } from '../../lib/permissions.js';
import { useListParams } from '../../lib/use-list-params.js';
import { GazetteerImport } from './gazetteer-import.js';
import { LocationBreadcrumb } from './location-breadcrumb.js';
import { LocationFilters } from './location-filters.js';
import { locationsQuery } from './locations.api.js';
import { LocationCards, LocationsTable } from './locations-table.js';

/** The gazetteer: import (for data editors), then a drill-down from countries to admin3. */
export function LocationsPage() {
  const { t } = useTranslation();
  const canImport = useCan('locations', 'import');
  const any = useQuery(locationsQuery({ page: 1, pageSize: 1, sort: 'pcode' }));
  return (
    <>
      <PageHeader title={t('locations.title')} description={t('locations.intro')} />
      {canImport && <GazetteerImport />}
      {any.data?.total === 0 ? (
        <EmptyMessage>{t(canImport ? 'locations.emptyImport' : 'locations.emptyAsk')}</EmptyMessage>
      ) : (
        <LocationBrowser />
      )}
    </>
  );
}

/** Breadcrumb, filters, the places of the level or search, pages. */
function LocationBrowser() {
  const { t } = useTranslation();
  const { query, update } = useListParams(listLocationsQuerySchema);
  const isBrowsing = !query.parent && !query.q;
  const level = isBrowsing ? (query.level ?? 0) : query.level;
  const places = useQuery(locationsQuery({ ...query, level }));
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const open = (pcode: string | undefined) =>
    update({ parent: pcode, q: undefined, level: undefined });
  return (
    <>
      <LocationBreadcrumb parent={query.parent} onOpen={open} />
      <LocationFilters query={query} level={level} isPhone={isPhone} onChange={update} />
      <QueryView
        query={places}
        isEmpty={(page) => page.items.length === 0}
        emptyMessage={t(query.q ? 'locations.noMatch' : 'locations.emptyLevel')}
      >
        {(page) => (
          <>
            {isPhone ? (
              <LocationCards items={page.items} onOpen={open} />
            ) : (
              <LocationsTable
                items={page.items}
                sort={query.sort}
                onSort={(sort) => update({ sort })}
                onOpen={open}
              />
            )}
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
