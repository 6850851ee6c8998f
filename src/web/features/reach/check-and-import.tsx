import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.js';
import { ProblemTable, problemsOf } from './problem-table.js';

interface CheckAndImportProps {
  ready: boolean;
  /** Whether the file passed a check (the import button waits for it). */
  checked: boolean;
  canImport: boolean;
  pending: 'check' | 'import' | null;
  onRun: (dryRun: boolean) => void;
}

/** "Check the file" then "Import": the two steps every reach and baseline import takes. */
export function CheckAndImportButtons({
  ready,
  checked,
  canImport,
  pending,
  onRun,
}: CheckAndImportProps) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Button
        variant={checked ? 'default' : 'filled'}
        disabled={!ready}
        loading={pending === 'check'}
        onClick={() => onRun(true)}
      >
        {t('reach.import.check')}
      </Button>
      <Button
        disabled={!ready || !canImport}
        loading={pending === 'import'}
        onClick={() => onRun(false)}
      >
        {t('reach.import.commit')}
      </Button>
    </Group>
  );
}

/** A refused file's bad rows by line, or any other error. */
export function ImportRefusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problems = problemsOf(error);
  return problems ? (
    <Alert color="red" title={t('reach.import.refused')} role="alert">
      <ProblemTable problems={problems} />
    </Alert>
  ) : (
    <ErrorAlert error={error} />
  );
}

/** What a check (a dry run) or an import came to, in one sentence of the caller's. */
export function ImportOutcome({ dryRun, summary }: { dryRun: boolean; summary: string }) {
  const { t } = useTranslation();
  return dryRun ? (
    <Alert color="blue" title={t('reach.import.checked')} role="status">
      {summary}
    </Alert>
  ) : (
    <Alert color="green" title={t('reach.import.done')} role="status">
      {summary}
    </Alert>
  );
}
