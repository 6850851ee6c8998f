import { Alert, Button, Card, Checkbox, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../core/errors.js';
import type {
  GazetteerImportResult,
  GazetteerProblemItem,
} from '../../../core/locations/location.schema.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { ImportProblems } from './import-problems.js';
import { importGazetteerFile, LOCATIONS_QUERY_KEY } from './locations.api.js';
import { SpreadsheetFileInput } from '../../components/spreadsheet-file-input.js';

function problemsOf(error: unknown) {
  if (!AppError.isAppError(error)) return undefined;
  const details = error.details as { problems?: GazetteerProblemItem[]; total?: number };
  return details?.problems
    ? { message: error.message, problems: details.problems, total: details.total ?? 0 }
    : undefined;
}

function ImportSummary({ result }: { result: GazetteerImportResult }) {
  const { t } = useTranslation();
  const keys = result.dryRun
    ? { created: 'locations.import.would.created', updated: 'locations.import.would.updated' }
    : { created: 'locations.import.did.created', updated: 'locations.import.did.updated' };
  return (
    <List size="sm" spacing={2}>
      <List.Item>
        {t('locations.import.found', {
          count: result.locations,
          countries: result.countries.join(', '),
        })}
      </List.Item>
      <List.Item>{t(keys.created, { count: result.created })}</List.Item>
      <List.Item>{t(keys.updated, { count: result.updated })}</List.Item>
      <List.Item>{t('locations.import.unchanged', { count: result.unchanged })}</List.Item>
      {result.retired > 0 && (
        <List.Item>
          {t(result.dryRun ? 'locations.import.would.retired' : 'locations.import.did.retired', {
            count: result.retired,
          })}
        </List.Item>
      )}
      {result.notInFile - result.retired > 0 && (
        <List.Item>
          {t('locations.import.notInFile', { count: result.notInFile - result.retired })}
        </List.Item>
      )}
      {result.codeChanges > 0 && (
        <List.Item>{t('locations.import.codeChanges', { count: result.codeChanges })}</List.Item>
      )}
    </List>
  );
}

function Outcome({ error, result }: { error: unknown; result?: GazetteerImportResult }) {
  const { t } = useTranslation();
  const problems = problemsOf(error);
  if (problems) return <ImportProblems {...problems} />;
  if (error) return <ErrorAlert error={error} />;
  if (!result) return null;
  return (
    <Alert
      color={result.dryRun ? 'blue' : 'green'}
      title={t(result.dryRun ? 'locations.import.checked' : 'locations.import.done')}
      role="status"
    >
      <ImportSummary result={result} />
    </Alert>
  );
}

/** Choose a gazetteer file, see what it would change (or its problems), then import it. */
export function GazetteerImport() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [retireMissing, setRetireMissing] = useState(false);
  const run = useMutation({
    mutationFn: ({ chosen, dryRun }: { chosen: File; dryRun: boolean }) =>
      importGazetteerFile(chosen, dryRun, retireMissing),
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: LOCATIONS_QUERY_KEY });
    },
  });
  const checked = run.data?.dryRun === true && run.variables?.chosen === file;
  return (
    <Card withBorder padding="md" mb="lg" component="section" aria-labelledby="gazetteer-import">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="gazetteer-import">
          {t('locations.import.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('locations.import.intro')}
        </Text>
        <SpreadsheetFileInput
          label={t('locations.import.file')}
          placeholder={t('locations.import.choose')}
          clearLabel={t('locations.import.clear')}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            run.reset();
          }}
        />
        <Checkbox
          label={t('locations.import.retireMissing')}
          description={t('locations.import.retireMissingHint')}
          checked={retireMissing}
          onChange={(e) => {
            setRetireMissing(e.currentTarget.checked);
            run.reset();
          }}
        />
        <Group gap="sm">
          <Button
            variant={checked ? 'default' : 'filled'}
            disabled={!file}
            loading={run.isPending && run.variables?.dryRun}
            onClick={() => file && run.mutate({ chosen: file, dryRun: true })}
          >
            {t('locations.import.check')}
          </Button>
          <Button
            disabled={!checked}
            loading={run.isPending && !run.variables?.dryRun}
            onClick={() => file && run.mutate({ chosen: file, dryRun: false })}
          >
            {t('locations.import.commit')}
          </Button>
        </Group>
        <div aria-live="polite">
          {!run.isPending && <Outcome error={run.error} result={run.data} />}
        </div>
      </Stack>
    </Card>
  );
}
