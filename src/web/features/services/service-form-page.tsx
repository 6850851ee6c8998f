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
import type { AppError } from '../../../core/errors.js';
import {
  ACCESSIBILITY_FEATURES,
  SERVICE_TYPES,
  type ServiceEntryInput,
} from '../../../core/services/service.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { createService, DIRECTORY_KEY } from './services.api.js';

interface Values {
  type: ServiceEntryInput['type'];
  name: string;
  providerName: string;
  description: string;
  places: string;
  phone: string;
  email: string;
  address: string;
  hours: string;
  languages: string;
  accessibility: string[];
  cost: 'free' | 'fee';
  costDescription: string;
  eligibility: string;
  minimumAge: number | '';
  maximumAge: number | '';
  lastVerifiedOn: string;
}

const list = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
const orNull = (text: string) => text.trim() || null;

function entryOf(v: Values): ServiceEntryInput {
  return {
    type: v.type,
    name: v.name,
    providerName: v.providerName,
    description: v.description,
    locationPcodes: list(v.places.toUpperCase()),
    phone: orNull(v.phone),
    email: orNull(v.email),
    address: orNull(v.address),
    hours: orNull(v.hours),
    languages: list(v.languages.toLowerCase()),
    accessibility: v.accessibility as ServiceEntryInput['accessibility'],
    cost: v.cost,
    costDescription: orNull(v.costDescription),
    eligibility: orNull(v.eligibility),
    minimumAge: v.minimumAge === '' ? null : v.minimumAge,
    maximumAge: v.maximumAge === '' ? null : v.maximumAge,
    lastVerifiedOn: v.lastVerifiedOn || null,
  };
}

/** The problems of a refused entry, each naming its field. */
function problemsOf(error: Error) {
  const fields =
    ((error as AppError).details as { fields?: { path: string; message: string }[] } | undefined)
      ?.fields ?? [];
  return fields.map((f) => `${f.path}: ${f.message}`);
}

/** Add a service to the directory. */
export function ServiceFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const form = useForm<Values>({
    defaultValues: {
      type: 'gbv',
      name: '',
      providerName: '',
      description: '',
      places: '',
      phone: '',
      email: '',
      address: '',
      hours: '',
      languages: '',
      accessibility: [],
      cost: 'free',
      costDescription: '',
      eligibility: '',
      minimumAge: '',
      maximumAge: '',
      lastVerifiedOn: new Date().toISOString().slice(0, 10),
    },
  });
  const save = useMutation({
    mutationFn: (v: Values) => createService(entryOf(v)),
    onSuccess: async (s) => {
      await client.invalidateQueries({ queryKey: DIRECTORY_KEY });
      await navigate(`/directory/${s.id}`);
    },
  });
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
    <TextInput label={t(`directory.form.${name}`)} required={required} {...form.register(name)} />
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
      <PageHeader title={t('directory.form.title')} />
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
          {save.error && (
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
