import { Alert, Button, Group } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SuccessAlert } from '../../components/success-alert.js';
import type { DirectoryService } from '../../../core/services/service.schema.js';
import { conflictOf, verifiedToday } from './service-form-values.js';
import { DIRECTORY_KEY, updateService } from './services.api.js';

/** The editor's actions on a service: revise it, or mark it verified today (same update route). */
export function ServiceEditorActions({ service }: { service: DirectoryService }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const verify = useMutation({
    mutationFn: () => updateService(service.id, verifiedToday(service)),
    onSettled: () => client.invalidateQueries({ queryKey: DIRECTORY_KEY }),
  });
  const conflict = conflictOf(verify.error);
  return (
    <>
      <Group gap="sm">
        <Button component={Link} to={`/directory/${service.id}/edit`} variant="default">
          {t('directory.edit.action')}
        </Button>
        <Button variant="light" onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('directory.verify.action')}
        </Button>
      </Group>
      <SuccessAlert
        message={verify.isSuccess ? t('directory.verify.done') : null}
        onClose={() => verify.reset()}
      />
      {verify.error && (
        <Alert color={conflict ? 'orange' : 'red'} role="alert" title={verify.error.message}>
          {conflict && t('directory.verify.conflict')}
        </Alert>
      )}
    </>
  );
}
