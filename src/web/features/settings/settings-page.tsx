import { Card, Stack, Switch, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationSettings } from '../../../core/organizations/organization-settings.schema.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { SuccessAlert } from '../../components/success-alert.js';
import { ME_QUERY_KEY } from '../auth/auth.api.js';
import { DisclosureSettings } from './disclosure-settings.js';
import { putSettings, SETTINGS_QUERY_KEY, settingsQuery } from './settings.api.js';

function SecondFactorSetting({ settings }: { settings: OrganizationSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: putSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(SETTINGS_QUERY_KEY, saved);
      // The admin's own session may now have to set up a second factor.
      void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
      setNotice(t('settings.saved'));
    },
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-security-title">
      <Stack gap="sm">
        <Title order={2} fz="xl" id="settings-security-title">
          {t('settings.security')}
        </Title>
        <SuccessAlert message={notice} onClose={() => setNotice(null)} />
        {save.isError && <ErrorAlert error={save.error} />}
        <Switch
          checked={settings.requireSecondFactor}
          disabled={save.isPending}
          label={t('settings.requireSecondFactor.label')}
          description={t('settings.requireSecondFactor.hint')}
          onChange={(event) =>
            save.mutate({ ...settings, requireSecondFactor: event.currentTarget.checked })
          }
        />
      </Stack>
    </Card>
  );
}

/** Organisation settings an admin changes here: the second factor, and what leaves the system. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQuery);
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.intro')} />
      <Stack gap="lg" maw={760}>
        <QueryView query={settings} isEmpty={() => false} emptyMessage="">
          {(data) => (
            <>
              <SecondFactorSetting settings={data} />
              <DisclosureSettings settings={data} />
            </>
          )}
        </QueryView>
      </Stack>
    </>
  );
}
