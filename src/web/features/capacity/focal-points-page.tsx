import { Anchor, Badge, Select, Stack, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  listFocalPointsQuerySchema,
  type FocalPoint,
} from '../../../core/capacity/focal-point.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';
import { countryLabel } from '../../lib/country-names.js';
import { useListParams } from '../../lib/use-list-params.js';
import { officesQuery } from '../users/users.api.js';
import { useCurrentUser } from '../auth/use-me.js';
import { focalPointsQuery } from './capacity.api.js';
import { canEditFocalPoints } from './capacity-labels.js';
import { FocalPointForm } from './focal-point-form.js';

function FocalPointTable({ items }: { items: FocalPoint[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <TableRegion label={t('guidance.focal.caption')} minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('guidance.focal.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('guidance.area')}</Table.Th>
            <Table.Th>{t('guidance.focal.office')}</Table.Th>
            <Table.Th>{t('guidance.focal.name')}</Table.Th>
            <Table.Th>{t('guidance.focal.contact')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((f) => (
            <Table.Tr key={f.id}>
              <Table.Td>
                <Badge variant="light">{t(`guidance.areas.${f.area}`)}</Badge>
              </Table.Td>
              <Table.Td>
                {f.office.name} — {countryLabel(f.office.country, lang)}
              </Table.Td>
              <Table.Td>
                {f.name}
                <br />
                <small>{f.role}</small>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {f.phone && (
                    <Anchor href={`tel:${f.phone.replace(/[^+0-9]/g, '')}`} dir="ltr">
                      <bdi>{f.phone}</bdi>
                    </Anchor>
                  )}
                  {f.email && (
                    <Anchor href={`mailto:${f.email}`} dir="ltr">
                      <bdi>{f.email}</bdi>
                    </Anchor>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}

/** Who to call: the focal point of each area of work per country office, filtered by country. */
export function FocalPointsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { role } = useCurrentUser();
  const { query, update } = useListParams(listFocalPointsQuerySchema);
  const points = useQuery(focalPointsQuery(query));
  const offices = useQuery(officesQuery);
  const countries = [...new Set((offices.data?.items ?? []).map((o) => o.country))];
  return (
    <>
      <PageHeader title={t('guidance.focal.title')} description={t('guidance.focal.intro')} />
      <Select
        mb="md"
        maw={320}
        label={t('guidance.focal.country')}
        clearable
        data={countries.map((c) => ({ value: c, label: countryLabel(c, lang) }))}
        value={query.country ?? null}
        onChange={(v) => update({ country: v ?? undefined })}
      />
      {canEditFocalPoints(role) && <FocalPointForm />}
      <QueryView
        query={points}
        isEmpty={(r) => r.items.length === 0}
        emptyMessage={t('guidance.focal.empty')}
      >
        {(result) => <FocalPointTable items={result.items} />}
      </QueryView>
    </>
  );
}
