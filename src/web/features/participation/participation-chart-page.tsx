import { Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyMessage } from '../../components/empty-message.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { isStaff } from '../../lib/permissions.js';
import { useCurrentUser } from '../auth/use-me.js';
import { ExportLinks } from './export-links.js';
import { ParticipationChart, ParticipationTable } from './participation-chart.js';
import { participationQuery } from './participation.api.js';
import { useProjectOptions } from './use-participation-options.js';

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/** Who took part, by sex, age and group, in a project's consultations or a place's (and below). */
export function ParticipationChartPage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const staff = isStaff(role);
  const [params, setParams] = useSearchParams();
  const projectId = params.get('projectId') ?? undefined;
  const location = params.get('location') ?? undefined;
  const projects = useProjectOptions(staff);
  const view = useQuery(participationQuery({ projectId, location }));
  const choose = (key: 'projectId' | 'location', value: string | undefined) =>
    setParams(value ? { [key]: value } : {});
  return (
    <>
      <PageHeader
        title={t('participation.chart.title')}
        description={t('participation.chart.intro')}
      />
      <Group align="flex-end" gap="sm" mb="md">
        {staff && (
          <Select
            label={t('participation.filters.project')}
            placeholder={t('participation.chart.chooseProject')}
            data={projects}
            value={projectId ?? null}
            onChange={(v) => choose('projectId', v ?? undefined)}
            searchable
            clearable
            w={{ base: '100%', xs: 320 }}
          />
        )}
        <TextInput
          key={location ?? ''}
          label={t('participation.filters.location')}
          defaultValue={location ?? ''}
          onBlur={(e) =>
            choose('location', e.currentTarget.value.trim().toUpperCase() || undefined)
          }
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          w={{ base: '100%', xs: 200 }}
        />
      </Group>
      {!projectId && !location ? (
        <EmptyMessage>{t('participation.chart.choose')}</EmptyMessage>
      ) : (
        <QueryView
          query={view}
          isEmpty={(v) => v.consultations === 0}
          emptyMessage={t('participation.chart.empty')}
        >
          {(v) => (
            <Stack gap="md">
              <SimpleGrid cols={{ base: 2, sm: 3 }}>
                <Figure label={t('participation.chart.consultations')} value={v.consultations} />
                <Figure label={t('participation.chart.decisions')} value={v.decisions} />
              </SimpleGrid>
              <ParticipationChart view={v} />
              <ParticipationTable view={v} />
              <ExportLinks kind="consultations" filters={{ projectId, location }} />
            </Stack>
          )}
        </QueryView>
      )}
    </>
  );
}
