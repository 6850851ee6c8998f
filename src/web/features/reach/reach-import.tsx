import {
  Alert,
  Card,
  Group,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReachImport } from '../../../core/reach/reach-import.schema.js';
import { CheckAndImportButtons, ImportRefusal } from './check-and-import.js';
import { ProblemTable } from './problem-table.js';
import { ProjectSelect } from './project-select.js';
import {
  REACH_QUERY_KEY,
  reachImportQuery,
  uploadReachImport,
  type DryRunResult,
  type ImportFields,
} from './reach.api.js';
import { SpreadsheetFileInput } from '../../components/spreadsheet-file-input.js';

function Checked({ result }: { result: DryRunResult }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" title={t('reach.import.checked')} role="status">
      <Text size="sm">
        {t('reach.import.checkedSummary', { rows: result.rowsRead, cells: result.cells })}
      </Text>
      {result.skippedRows > 0 && (
        <Text size="sm">{t('reach.import.skipped', { count: result.skippedRows })}</Text>
      )}
      {result.ignoredColumns.length > 0 && (
        <Text size="sm">
          {t('reach.import.ignored')} <bdi>{result.ignoredColumns.join(' ')}</bdi>
        </Text>
      )}
    </Alert>
  );
}

/** The progress of a started import, polled until it is committed or failed. */
function ImportProgress({ id, total }: { id: string; total: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { data } = useQuery(reachImportQuery(id));
  const status = data?.status ?? 'running';
  useEffect(() => {
    if (status === 'committed') void queryClient.invalidateQueries({ queryKey: REACH_QUERY_KEY });
  }, [status, queryClient]);
  if (!data || status === 'running') {
    const share = total > 0 && data ? Math.min(100, (data.rowsRead / total) * 100) : 0;
    return (
      <Stack gap={4} role="status">
        <Text size="sm">{t('reach.import.running', { rows: data?.rowsRead ?? 0 })}</Text>
        <Progress value={share} animated aria-label={t('reach.import.progress')} />
      </Stack>
    );
  }
  return status === 'committed' ? (
    <Alert color="green" title={t('reach.import.done')} role="status">
      {t('reach.import.doneSummary', { rows: data.rowsRead, cells: data.rowsWritten })}
    </Alert>
  ) : (
    <Alert color="red" title={t('reach.import.failed')} role="alert">
      <ProblemTable problems={data.problems} />
    </Alert>
  );
}

/** Choose project, kind and file; check it (bad rows by line); then import it with progress. */
export function ReachImportPanel() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fields, setFields] = useState<ImportFields>({ projectId: '', kind: 'aggregated' });
  const [checkedRows, setCheckedRows] = useState(0);
  const run = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => uploadReachImport(file!, fields, dryRun),
    onSuccess: (result) => {
      if ('dryRun' in result) setCheckedRows(result.rowsRead);
    },
  });
  const change = (patch: Partial<ImportFields>) => {
    setFields((f) => ({ ...f, ...patch }));
    run.reset();
  };
  const checked = run.data && 'dryRun' in run.data ? run.data : undefined;
  const started = run.data && !('dryRun' in run.data) ? (run.data as ReachImport) : undefined;
  const ready = Boolean(
    file &&
    fields.projectId &&
    (fields.kind === 'aggregated' || (fields.periodStart && fields.periodEnd)),
  );
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="reach-import">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="reach-import">
          {t('reach.import.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reach.import.intro')}
        </Text>
        <ProjectSelect
          required
          value={fields.projectId || null}
          onChange={(id) => change({ projectId: id ?? '' })}
        />
        <div>
          <Text size="sm" fw={500} id="import-kind" mb={4}>
            {t('reach.import.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="import-kind"
            value={fields.kind}
            onChange={(kind) => change({ kind: kind as ImportFields['kind'] })}
            data={[
              { value: 'aggregated', label: t('reach.import.aggregated') },
              { value: 'individual', label: t('reach.import.individual') },
            ]}
          />
        </div>
        <Group grow>
          <TextInput
            type="date"
            label={t('reach.periodStart')}
            required={fields.kind === 'individual'}
            value={fields.periodStart ?? ''}
            onChange={(e) => change({ periodStart: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('reach.periodEnd')}
            required={fields.kind === 'individual'}
            value={fields.periodEnd ?? ''}
            onChange={(e) => change({ periodEnd: e.currentTarget.value })}
          />
        </Group>
        <SpreadsheetFileInput
          label={t('reach.import.file')}
          placeholder={t('reach.import.choose')}
          clearLabel={t('reach.import.clear')}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            run.reset();
          }}
        />
        <CheckAndImportButtons
          ready={ready}
          checked={Boolean(checked)}
          canImport={Boolean(checked || started)}
          pending={run.isPending ? (run.variables?.dryRun ? 'check' : 'import') : null}
          onRun={(dryRun) => run.mutate({ dryRun })}
        />
        <div aria-live="polite">
          <ImportRefusal error={run.error} />
          {checked && <Checked result={checked} />}
          {started && <ImportProgress id={started.id} total={checkedRows} />}
        </div>
      </Stack>
    </Card>
  );
}
