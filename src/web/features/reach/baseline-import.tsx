import { Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SpreadsheetFileInput } from '../../components/spreadsheet-file-input.js';
import { CheckAndImportButtons, ImportOutcome, ImportRefusal } from './check-and-import.js';
import {
  BASELINES_QUERY_KEY,
  uploadBaselineImport,
  type BaselineImportFields,
  type BaselineImportResult,
} from './reach.api.js';

function Outcome({ result }: { result: BaselineImportResult }) {
  const { t } = useTranslation();
  const summary = { rows: result.rows, places: result.baselines };
  const key = result.dryRun ? 'checkedSummary' : 'doneSummary';
  return (
    <ImportOutcome dryRun={result.dryRun} summary={t(`reach.baselineImport.${key}`, summary)} />
  );
}

/** A baseline file (CSV, XLSX, HXL): source and date, checked first, then one baseline per place. */
export function BaselineImportPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fields, setFields] = useState<BaselineImportFields>({ source: '', referenceDate: '' });
  const run = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => uploadBaselineImport(file!, fields, dryRun),
    onSuccess: async (result) => {
      if (!result.dryRun) await queryClient.invalidateQueries({ queryKey: BASELINES_QUERY_KEY });
    },
  });
  const change = (patch: Partial<BaselineImportFields>) => {
    setFields((f) => ({ ...f, ...patch }));
    run.reset();
  };
  const checked = run.data?.dryRun === true;
  const ready = Boolean(file && fields.source.trim().length >= 2 && fields.referenceDate);
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="baseline-import">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="baseline-import">
          {t('reach.baselineImport.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reach.baselineImport.intro')}
        </Text>
        <Group grow align="flex-start">
          <TextInput
            label={t('reach.baseline.source')}
            required
            value={fields.source}
            onChange={(e) => change({ source: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('reach.baseline.date')}
            required
            value={fields.referenceDate}
            onChange={(e) => change({ referenceDate: e.currentTarget.value })}
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
          canImport={checked}
          pending={run.isPending ? (run.variables?.dryRun ? 'check' : 'import') : null}
          onRun={(dryRun) => run.mutate({ dryRun })}
        />
        <div aria-live="polite">
          <ImportRefusal error={run.error} />
          {run.data && <Outcome result={run.data} />}
        </div>
      </Stack>
    </Card>
  );
}
