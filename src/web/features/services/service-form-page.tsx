import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useState } from 'react';
import {
  ACCESSIBILITY_FEATURES,
  SERVICE_STATUSES,
  SERVICE_TYPES,
  type DirectoryService,
} from '../../../core/services/service.schema.js';
import { PageHeader } from '../../components/page-header.js';
import {
  conflictOf,
  entryOf,
  problemsOf,
  valuesOf,
  type ServiceValues as Values,
} from './service-form-values.js';
import { createService, DIRECTORY_KEY, updateService } from './services.api.js';

/** Add a service to the directory. */
export function ServiceFormPage() {
  return <ServiceForm />;
}

/**
 * The form of a service, new or revised: a revision sends the version it was loaded with, and a
 * stale one (409) offers to load the latest.
 */
export function ServiceForm({ existing }: { existing?: DirectoryService }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [base, setBase] = useState(existing);
  const form = useForm<Values>({ defaultValues: valuesOf(existing) });
  const save = useMutation({
    mutationFn: (v: Values) =>
      base
        ? updateService(base.id, { ...entryOf(v), version: base.version })
        : createService(entryOf(v)),
    onSuccess: async (s) => {
      await client.invalidateQueries({ queryKey: DIRECTORY_KEY });
      await navigate(`/directory/${s.id}`);
    },
  });
  const conflict = conflictOf(save.error);
  const loadLatest = () => {
    if (!conflict) return;
    setBase(conflict);
    form.reset(valuesOf(conflict));
    save.reset();
  };
  const text = (
    name:
      | 'name'
      | 'providerName'
      | 'places'
      | 'phone'
      | 'email'
      | 'address'
      | 'hours'
      | 'languages'
      | 'costDescription',
    required = false,
  ) => (
    <TextInput
      label={t(`directory.form.${name}`)}
      required={required}
      dir={['places', 'phone', 'email', 'languages'].includes(name) ? 'ltr' : undefined}
      {...form.register(name)}
    />
  );
  const age = (name: 'minimumAge' | 'maximumAge') => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={t(`directory.form.${name}`)}
          min={0}
          max={120}
          value={field.value}
          onChange={(v) => field.onChange(v === '' ? '' : Number(v))}
        />
      )}
    />
  );
  return (
    <Stack maw={720}>
      <PageHeader
        title={
          existing ? t('directory.edit.title', { name: existing.name }) : t('directory.form.title')
        }
      />
      <form onSubmit={form.handleSubmit((v) => save.mutate(v))} noValidate>
        <Stack>
          <Controller
            control={form.control}
            name="type"
            render={({ field }) => (
              <Select
                label={t('directory.filters.type')}
                data={SERVICE_TYPES.map((v) => ({ value: v, label: t(`directory.types.${v}`) }))}
                value={field.value}
                onChange={(v) => v && field.onChange(v)}
                allowDeselect={false}
                required
              />
            )}
          />
          {text('name', true)}
          {text('providerName', true)}
          <Textarea
            label={t('directory.form.description')}
            autosize
            minRows={2}
            {...form.register('description')}
          />
          {text('places', true)}
          {text('phone')}
          {text('email')}
          {text('address')}
          {text('hours')}
          {text('languages')}
          <Controller
            control={form.control}
            name="accessibility"
            render={({ field }) => (
              <Checkbox.Group
                label={t('directory.filters.accessibility')}
                value={field.value}
                onChange={field.onChange}
              >
                <Group gap="md" mt={4}>
                  {ACCESSIBILITY_FEATURES.map((a) => (
                    <Checkbox key={a} value={a} label={t(`directory.access.${a}`)} />
                  ))}
                </Group>
              </Checkbox.Group>
            )}
          />
          <Textarea
            label={t('directory.form.accessibilityNote')}
            autosize
            minRows={2}
            {...form.register('accessibilityNote')}
          />
          <Controller
            control={form.control}
            name="cost"
            render={({ field }) => (
              <Radio.Group
                label={t('directory.fields.cost')}
                value={field.value}
                onChange={field.onChange}
              >
                <Group gap="md" mt={4}>
                  <Radio value="free" label={t('directory.cost.free')} />
                  <Radio value="fee" label={t('directory.cost.fee')} />
                </Group>
              </Radio.Group>
            )}
          />
          {text('costDescription')}
          <Textarea
            label={t('directory.fields.eligibility')}
            autosize
            minRows={2}
            {...form.register('eligibility')}
          />
          <Group grow>
            {age('minimumAge')}
            {age('maximumAge')}
          </Group>
          <TextInput
            type="date"
            label={t('directory.fields.lastVerified')}
            {...form.register('lastVerifiedOn')}
          />
          <Controller
            control={form.control}
            name="status"
            render={({ field }) => (
              <Radio.Group
                label={t('directory.form.status')}
                description={t('directory.form.statusHint')}
                value={field.value}
                onChange={field.onChange}
              >
                <Group gap="md" mt={4}>
                  {SERVICE_STATUSES.map((v) => (
                    <Radio key={v} value={v} label={t(`directory.status.${v}`)} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
          {conflict && (
            <Alert color="orange" role="alert" title={t('directory.edit.conflictTitle')}>
              {t('directory.edit.conflictBody')}
              <Button mt="sm" size="xs" variant="default" onClick={loadLatest} display="block">
                {t('directory.edit.loadLatest')}
              </Button>
            </Alert>
          )}
          {save.error && !conflict && (
            <Alert color="red" role="alert" title={save.error.message}>
              {problemsOf(save.error).map((p) => (
                <div key={p}>{p}</div>
              ))}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('directory.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
