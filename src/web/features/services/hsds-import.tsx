import { Card, FileInput, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_TYPES } from '../../../core/services/service.schema.js';
import { CheckAndImportButtons, ImportOutcome, ImportRefusal } from '../reach/check-and-import.js';
import {
  DIRECTORY_KEY,
  uploadHsdsPackage,
  type HsdsImportFields,
  type HsdsImportResult,
} from './services.api.js';

function Outcome({ result }: { result: HsdsImportResult }) {
  const { t } = useTranslation();
  const summary = {
    created: result.created,
    updated: result.updated,
    version: result.version === '3.0' ? '3.0' : t('directory.hsdsImport.older'),
  };
  const key = result.dryRun ? 'checkedSummary' : 'doneSummary';
  return (
    <ImportOutcome dryRun={result.dryRun} summary={t(`directory.hsdsImport.${key}`, summary)} />
  );
}

/**
 * An Open Referral HSDS package (a ZIP, or its CSV files with datapackage.json): checked first,
 * then every service or none.
 */
export function HsdsImportPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [fields, setFields] = useState<HsdsImportFields>({ type: 'other', locationPcode: '' });
  const run = useMutation({
    mutationFn: ({ dryRun }: { dryRun: boolean }) => uploadHsdsPackage(files, fields, dryRun),
    onSuccess: async (result) => {
      if (!result.dryRun) await queryClient.invalidateQueries({ queryKey: DIRECTORY_KEY });
    },
  });
  const change = (patch: Partial<HsdsImportFields>) => {
    setFields((f) => ({ ...f, ...patch }));
    run.reset();
  };
  const checked = run.data?.dryRun === true;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="hsds-import" mt="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="hsds-import">
          {t('directory.hsdsImport.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('directory.hsdsImport.intro')}
        </Text>
        <FileInput
          multiple
          label={t('directory.hsdsImport.files')}
          placeholder={t('directory.hsdsImport.choose')}
          accept=".zip,.csv,.json,application/zip,text/csv,application/json"
          clearable
          clearButtonProps={{ 'aria-label': t('reach.import.clear') }}
          value={files}
          onChange={(chosen) => {
            setFiles(chosen);
            run.reset();
          }}
        />
        <Group grow align="flex-start">
          <Select
            label={t('directory.hsdsImport.type')}
            description={t('directory.hsdsImport.typeHint')}
            data={SERVICE_TYPES.map((v) => ({ value: v, label: t(`directory.types.${v}`) }))}
            value={fields.type}
            onChange={(v) => v && change({ type: v as HsdsImportFields['type'] })}
            allowDeselect={false}
          />
          <TextInput
            label={t('directory.hsdsImport.place')}
            description={t('directory.hsdsImport.placeHint')}
            dir="ltr"
            value={fields.locationPcode}
            onChange={(e) => change({ locationPcode: e.currentTarget.value.toUpperCase() })}
          />
        </Group>
        <CheckAndImportButtons
          ready={files.length > 0}
          checked={checked}
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
