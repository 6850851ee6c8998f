import { Button, Card, Group, NumberInput, Select, Stack, Switch, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../core/errors.js';
import type { OrganizationSettings } from '../../../core/organizations/organization-settings.schema.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { SuccessAlert } from '../../components/success-alert.js';
import { putSettings, SETTINGS_QUERY_KEY } from './settings.api.js';

type Choices = Pick<
  OrganizationSettings,
  'disclosureThreshold' | 'seaDisclosureThreshold' | 'publishedAdminLevel' | 'keepIndividualRecords'
>;

/** The server's message per field, for the fields of this card. */
function fieldErrors(error: unknown): Partial<Record<keyof Choices, string>> {
  if (!AppError.isAppError(error)) return {};
  const fields = (error.details as { fields?: { path: string; message?: string }[] })?.fields;
  return Object.fromEntries((fields ?? []).map((f) => [f.path, f.message ?? error.message]));
}

/** What leaves the system: small-cell thresholds, the finest published place, individual rows. */
export function DisclosureSettings({ settings }: { settings: OrganizationSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [choices, setChoices] = useState<Choices>(settings);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => putSettings({ ...settings, ...choices }),
    onSuccess: (saved) => {
      queryClient.setQueryData(SETTINGS_QUERY_KEY, saved);
      setNotice(t('settings.saved'));
    },
  });
  const errors = fieldErrors(save.error);
  const change = (patch: Partial<Choices>) => {
    setNotice(null);
    setChoices((c) => ({ ...c, ...patch }));
  };
  const number = (value: string | number) => (typeof value === 'number' ? value : Number.NaN);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-disclosure-title">
      <Stack gap="sm">
        <Title order={2} fz="xl" id="settings-disclosure-title">
          {t('settings.disclosure.title')}
        </Title>
        <SuccessAlert message={notice} onClose={() => setNotice(null)} />
        {save.isError && Object.keys(errors).length === 0 && <ErrorAlert error={save.error} />}
        <NumberInput
          label={t('settings.disclosure.threshold')}
          description={t('settings.disclosure.thresholdHint')}
          min={2}
          max={50}
          allowDecimal={false}
          value={choices.disclosureThreshold}
          error={errors.disclosureThreshold}
          onChange={(v) => change({ disclosureThreshold: number(v) })}
        />
        <NumberInput
          label={t('settings.disclosure.seaThreshold')}
          description={t('settings.disclosure.seaThresholdHint')}
          min={2}
          max={100}
          allowDecimal={false}
          value={choices.seaDisclosureThreshold}
          error={errors.seaDisclosureThreshold}
          onChange={(v) => change({ seaDisclosureThreshold: number(v) })}
        />
        <Select
          label={t('settings.disclosure.level')}
          description={t('settings.disclosure.levelHint')}
          allowDeselect={false}
          data={[0, 1, 2, 3].map((level) => ({
            value: String(level),
            label: t(`settings.disclosure.levels.${level}`),
          }))}
          value={String(choices.publishedAdminLevel)}
          error={errors.publishedAdminLevel}
          onChange={(v) => change({ publishedAdminLevel: Number(v ?? 2) })}
        />
        <Switch
          checked={choices.keepIndividualRecords}
          label={t('settings.disclosure.keepIndividuals')}
          description={t('settings.disclosure.keepIndividualsHint')}
          onChange={(e) => change({ keepIndividualRecords: e.currentTarget.checked })}
        />
        <Group justify="flex-end">
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            {t('settings.disclosure.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
