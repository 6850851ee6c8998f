import { Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { riskPrioritiesQuery } from './risk.api.js';
import { RiskMatrix } from './risk-matrix.js';

const LEVELS = ['0', '1', '2', '3'];

/** Places × risks, each cell the latest band: filtered by country and admin level. */
export function RiskMatrixPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const country = params.get('country') ?? undefined;
  const level = params.get('level') ?? undefined;
  const set = (key: string, value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const latest = useQuery(
    riskPrioritiesQuery({ country, level: level ? Number(level) : undefined, pageSize: 1000 }),
  );
  return (
    <>
      <PageHeader title={t('risk.matrix.title')} description={t('risk.matrix.intro')} />
      <Group align="flex-end" gap="sm" mb="md">
        <TextInput
          label={t('risk.filters.country')}
          defaultValue={country ?? ''}
          onBlur={(e) => set('country', e.currentTarget.value.trim().toUpperCase() || undefined)}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          w={{ base: '100%', xs: 160 }}
        />
        <Select
          label={t('risk.filters.level')}
          placeholder={t('risk.filters.any')}
          data={LEVELS.map((l) => ({ value: l, label: t(`risk.level.${l}`) }))}
          value={level ?? null}
          onChange={(v) => set('level', v ?? undefined)}
          clearable
          w={{ base: '100%', xs: 200 }}
        />
      </Group>
      <QueryView
        query={latest}
        isEmpty={(page) => page.items.length === 0}
        emptyMessage={t('risk.matrix.empty')}
      >
        {(page) => <RiskMatrix items={page.items} />}
      </QueryView>
    </>
  );
}
