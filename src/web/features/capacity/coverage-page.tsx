import {
  Badge,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRAINING_TOPICS } from '../../../core/capacity/capacity-codes.js';
import { coverageQuerySchema, type CoverageRow } from '../../../core/capacity/training.schema.js';
import { FormAlert } from '../../components/form-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { SuccessAlert } from '../../components/success-alert.js';
import { TableRegion } from '../../components/table-region.js';
import { useLanguage } from '../../i18n/use-language.js';
import { errorMessage } from '../../lib/error-message.js';
import { useListParams } from '../../lib/use-list-params.js';
import { useCurrentUser } from '../auth/use-me.js';
import {
  coverageQuery,
  peopleQuery,
  projectStaffQuery,
  setProjectStaff,
  TRAININGS_KEY,
} from './capacity.api.js';
import { canSetProjectStaff } from './capacity-labels.js';

function CoverageTable({ items }: { items: CoverageRow[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const percent = (value: number | null) =>
    value === null
      ? t('capacity.coverage.noStaff')
      : `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value)} %`;
  return (
    <TableRegion label={t('capacity.coverage.caption')} minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('capacity.coverage.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('capacity.columns.project')}</Table.Th>
            <Table.Th>{t('capacity.columns.topic')}</Table.Th>
            <Table.Th>{t('capacity.coverage.trained')}</Table.Th>
            <Table.Th>{t('capacity.coverage.share')}</Table.Th>
            <Table.Th>{t('capacity.coverage.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={`${r.project.id}-${r.topic}`}>
              <Table.Td>
                <bdi>{r.project.code}</bdi> {r.project.title}
              </Table.Td>
              <Table.Td>{t(`capacity.topics.${r.topic}`)}</Table.Td>
              <Table.Td>
                {t('capacity.coverage.ofStaff', { trained: r.trained, staff: r.staff })}
              </Table.Td>
              <Table.Td>{percent(r.percent)}</Table.Td>
              <Table.Td>
                {r.percent === null ? (
                  '—'
                ) : r.isBelowTarget ? (
                  <Badge color="red" variant="light">
                    {t('capacity.coverage.below', { target: r.target })}
                  </Badge>
                ) : (
                  <Badge color="teal" variant="light">
                    {t('capacity.coverage.met')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}

function StaffPicker({ projectId, initial }: { projectId: string; initial: string[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [userIds, setUserIds] = useState<string[]>(initial);
  const people = useQuery(peopleQuery());
  const save = useMutation({
    mutationFn: () => setProjectStaff(projectId, userIds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TRAININGS_KEY }),
  });
  return (
    <>
      <MultiSelect
        label={t('capacity.staff.people')}
        searchable
        data={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        value={userIds}
        onChange={setUserIds}
      />
      <FormAlert message={save.isError ? errorMessage(save.error, t) : null} />
      <SuccessAlert
        message={save.isSuccess ? t('capacity.staff.saved') : null}
        onClose={() => save.reset()}
      />
      <Button w="fit-content" loading={save.isPending} onClick={() => save.mutate()}>
        {t('capacity.staff.save')}
      </Button>
    </>
  );
}

/** Chooses a project and edits its staff list, the denominator of coverage. */
function StaffEditor({ projects }: { projects: { id: string; label: string }[] }) {
  const { t } = useTranslation();
  const [projectId, setProjectId] = useState<string | null>(null);
  const staff = useQuery({ ...projectStaffQuery(projectId ?? ''), enabled: Boolean(projectId) });
  return (
    <Paper withBorder p="md" mb="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('capacity.staff.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('capacity.staff.intro')}
        </Text>
        <Select
          label={t('capacity.columns.project')}
          searchable
          data={projects.map((p) => ({ value: p.id, label: p.label }))}
          value={projectId}
          onChange={setProjectId}
        />
        {projectId && staff.data && (
          <StaffPicker
            key={projectId}
            projectId={projectId}
            initial={staff.data.items.map((p) => p.id)}
          />
        )}
      </Stack>
    </Paper>
  );
}

/** Share of each project's staff trained per topic, flagged below the target; staff lists. */
export function CoveragePage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const { query, update } = useListParams(coverageQuerySchema);
  const coverage = useQuery(coverageQuery(query));
  const projects = [
    ...new Map(
      (coverage.data?.items ?? []).map((r) => [
        r.project.id,
        { id: r.project.id, label: `${r.project.code} — ${r.project.title}` },
      ]),
    ).values(),
  ];
  return (
    <>
      <PageHeader title={t('capacity.coverage.title')} description={t('capacity.coverage.intro')} />
      {canSetProjectStaff(role) && <StaffEditor projects={projects} />}
      <Group mb="md" align="flex-end">
        <Select
          label={t('capacity.columns.topic')}
          clearable
          data={TRAINING_TOPICS.filter((c) => c !== 'other').map((c) => ({
            value: c,
            label: t(`capacity.topics.${c}`),
          }))}
          value={query.topic ?? null}
          onChange={(v) => update({ topic: v ?? undefined })}
        />
        <NumberInput
          label={t('capacity.coverage.target')}
          min={1}
          max={100}
          suffix=" %"
          value={query.target ?? 80}
          onChange={(v) => update({ target: typeof v === 'number' ? v : undefined })}
          w={140}
        />
      </Group>
      <QueryView
        query={coverage}
        isEmpty={(p) => p.items.length === 0}
        emptyMessage={t('capacity.coverage.empty')}
      >
        {(page) => (
          <>
            <CoverageTable items={page.items} />
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
