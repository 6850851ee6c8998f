import { Anchor, Badge, Button, Group, Modal, Select, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { MILESTONE_STATUSES, ROADMAP_PILLARS } from '../../../core/capacity/capacity-codes.js';
import {
  listMilestonesQuerySchema,
  type Milestone,
} from '../../../core/capacity/roadmap.schema.js';
import { FormAlert } from '../../components/form-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { TableRegion } from '../../components/table-region.js';
import { errorMessage } from '../../lib/error-message.js';
import { useListParams } from '../../lib/use-list-params.js';
import { useCurrentUser } from '../auth/use-me.js';
import { milestonesQuery, progressQuery, ROADMAP_KEY, updateMilestone } from './capacity.api.js';
import { canEditRoadmap } from './capacity-labels.js';
import { MilestoneEditor, MilestoneForm } from './milestone-form.js';
import { RoadmapProgress } from './roadmap-progress.js';

function StatusCell({ m, editable }: { m: Milestone; editable: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (status: Milestone['status']) => {
      const { pillar, title, owner, dueDate, evidence, evidenceUrl, version } = m;
      return updateMilestone(m.id, {
        pillar,
        title,
        owner,
        dueDate,
        status,
        version,
        ...(evidence ? { evidence } : {}),
        ...(evidenceUrl ? { evidenceUrl } : {}),
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: ROADMAP_KEY }),
  });
  if (!editable) return <>{t(`roadmap.statuses.${m.status}`)}</>;
  return (
    <>
      <Select
        aria-label={t('roadmap.statusOf', { milestone: m.title })}
        allowDeselect={false}
        data={MILESTONE_STATUSES.map((s) => ({ value: s, label: t(`roadmap.statuses.${s}`) }))}
        value={m.status}
        onChange={(v) => v && change.mutate(v as Milestone['status'])}
        disabled={change.isPending}
        w={170}
      />
      <FormAlert message={change.isError ? errorMessage(change.error, t) : null} />
    </>
  );
}

/** Edits a milestone's fields in a dialog (full screen on a phone); the status stays in its cell. */
function EditMilestone({ m }: { m: Milestone }) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const [isOpen, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="subtle"
        size="compact-xs"
        aria-label={t('roadmap.edit.named', { milestone: m.title })}
        onClick={() => setOpen(true)}
      >
        {t('roadmap.edit.action')}
      </Button>
      <Modal
        opened={isOpen}
        onClose={() => setOpen(false)}
        title={t('roadmap.edit.title')}
        fullScreen={isPhone}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <MilestoneEditor milestone={m} onDone={() => setOpen(false)} />
      </Modal>
    </>
  );
}

function MilestoneTable({ items, editable }: { items: Milestone[]; editable: boolean }) {
  const { t } = useTranslation();
  return (
    <TableRegion label={t('roadmap.list.caption')} minWidth={720}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('roadmap.list.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {(['pillar', 'milestone', 'owner', 'due', 'status'] as const).map((c) => (
              <Table.Th key={c}>{t(`roadmap.columns.${c}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td>{t(`roadmap.pillars.${m.pillar}`)}</Table.Td>
              <Table.Td>
                {m.title}
                {m.evidenceUrl && (
                  <>
                    {' '}
                    ·{' '}
                    <Anchor href={m.evidenceUrl} target="_blank" rel="noopener noreferrer">
                      {t('roadmap.evidence')}
                    </Anchor>
                  </>
                )}
                {m.evidence && (
                  <Text size="xs" c="dimmed">
                    {m.evidence}
                  </Text>
                )}
                {editable && <EditMilestone m={m} />}
              </Table.Td>
              <Table.Td>{m.owner}</Table.Td>
              <Table.Td className="nowrap">
                <time dateTime={m.dueDate}>{m.dueDate}</time>{' '}
                {m.isOverdue && (
                  <Badge color="red" variant="light">
                    {t('roadmap.overdue')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <StatusCell m={m} editable={editable} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}

/** The protection roadmap: progress per pillar (chart and table), milestones to update, exports. */
export function RoadmapPage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const { query, update } = useListParams(listMilestonesQuerySchema);
  const progress = useQuery(progressQuery());
  const list = useQuery(milestonesQuery(query));
  const editable = canEditRoadmap(role);
  return (
    <>
      <PageHeader title={t('roadmap.title')} description={t('roadmap.intro')} />
      <Title order={2} fz="lg" mb="xs">
        {t('roadmap.progress.title')}
      </Title>
      <QueryView query={progress} isEmpty={() => false} emptyMessage="">
        {(p) => <RoadmapProgress items={p.items} />}
      </QueryView>
      <Title order={2} fz="lg" mb="xs">
        {t('roadmap.list.title')}
      </Title>
      {editable && <MilestoneForm />}
      <Group mb="md" align="flex-end" gap="sm">
        <Select
          label={t('roadmap.columns.pillar')}
          clearable
          data={ROADMAP_PILLARS.map((p) => ({ value: p, label: t(`roadmap.pillars.${p}`) }))}
          value={query.pillar ?? null}
          onChange={(v) => update({ pillar: v ?? undefined })}
        />
        <Select
          label={t('roadmap.columns.status')}
          clearable
          data={MILESTONE_STATUSES.map((s) => ({ value: s, label: t(`roadmap.statuses.${s}`) }))}
          value={query.status ?? null}
          onChange={(v) => update({ status: v ?? undefined })}
        />
        <Anchor href="/api/v1/roadmap/export?format=csv" download>
          {t('roadmap.exportCsv')}
        </Anchor>
        <Anchor href="/api/v1/roadmap/export?format=xlsx" download>
          {t('roadmap.exportXlsx')}
        </Anchor>
      </Group>
      <QueryView
        query={list}
        isEmpty={(p) => p.items.length === 0}
        emptyMessage={t('roadmap.list.empty')}
      >
        {(page) => (
          <>
            <MilestoneTable items={page.items} editable={editable} />
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
