import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../core/errors.js';
import { readFieldIssues } from '../../lib/field-issues.js';

/**
 * The record the server holds now when a save was refused as stale (409 with `current`), or
 * undefined for any other error.
 */
export function staleCurrent<T>(error: unknown): T | undefined {
  if (!AppError.isAppError(error) || error.code !== 'conflict') return undefined;
  const details = error.details as { current?: T | null } | undefined;
  return details?.current ?? undefined;
}

/** The server's message for one field of a refused save, to show next to that field. */
export function fieldError(error: unknown, name: string): string | undefined {
  return readFieldIssues(error).find((i) => i.path === name || i.path.startsWith(`${name}.`))
    ?.message;
}

/** Someone saved the record meanwhile: nothing was saved; offer to load their version. */
export function ConflictNotice({ onLoad }: { onLoad: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('capacity.conflict.title')} role="alert">
      {t('capacity.conflict.body')}
      <Button mt="sm" size="xs" variant="default" onClick={onLoad} display="block">
        {t('capacity.conflict.loadLatest')}
      </Button>
    </Alert>
  );
}
