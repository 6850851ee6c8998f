import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Radio,
  Select,
  Stack,
  Switch,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  SHAREABLE_FIELDS,
  type SharedFacts,
  type ShareableField,
} from '../../../core/services/referral.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { useCurrentUser } from '../auth/use-me.js';
import {
  canOverride,
  createReferral,
  overrideReferral,
  REFERRALS_KEY,
  serviceQuery,
} from './services.api.js';

interface Values {
  name: string;
  phone: string;
  sex: string;
  age: number | '';
  language: string;
  need: string;
  givenBy: 'person' | 'caregiver';
  purpose: string;
  mayShare: ShareableField[];
  consented: boolean;
  override: boolean;
  overrideReason: string;
  followUpOn: string;
}

function factsOf(v: Values): SharedFacts {
  const facts: SharedFacts = {};
  if (v.name.trim()) facts.name = v.name.trim();
  if (v.phone.trim()) facts.phone = v.phone.trim();
  if (v.sex) facts.sex = v.sex as SharedFacts['sex'];
  if (v.age !== '') facts.age = Number(v.age);
  if (v.language.trim()) facts.language = v.language.trim();
  if (v.need.trim()) facts.need = v.need.trim();
  return facts;
}

/** Refer a person to a service: the facts to share, the consent (who, when, for what), follow-up. */
export function ReferralFormPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const serviceId = params.get('serviceId') ?? '';
  const caseId = params.get('caseId');
  const service = useQuery({ ...serviceQuery(serviceId), enabled: serviceId !== '' });
  const { role } = useCurrentUser();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [key] = useState(() => crypto.randomUUID());
  const form = useForm<Values>({
    defaultValues: {
      name: '',
      phone: '',
      sex: '',
      age: '',
      language: '',
      need: '',
      givenBy: 'person',
      purpose: '',
      mayShare: ['name', 'phone', 'need'],
      consented: false,
      override: false,
      overrideReason: '',
      followUpOn: '',
    },
  });
  const overriding = useWatch({ control: form.control, name: 'override' });
  const submit = useMutation({
    mutationFn: (v: Values) => {
      const base = {
        serviceId,
        feedbackCaseId: caseId,
        person: factsOf(v),
        followUpOn: v.followUpOn || null,
      };
      if (v.override) return overrideReferral({ ...base, overrideReason: v.overrideReason }, key);
      const consent = v.consented
        ? {
            givenBy: v.givenBy,
            givenAt: new Date().toISOString(),
            purpose: v.purpose,
            mayShare: v.mayShare,
          }
        : null;
      return createReferral({ ...base, consent }, key);
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: REFERRALS_KEY });
      await navigate('/referrals');
    },
  });
  const text = (name: 'name' | 'phone' | 'language' | 'need') => (
    <TextInput label={t(`referrals.fields.${name}`)} {...form.register(name)} />
  );
  return (
    <Stack maw={640}>
      <PageHeader
        title={t('referrals.form.title')}
        description={
          service.data ? `${service.data.name} — ${service.data.providerName}` : undefined
        }
      />
      <form onSubmit={form.handleSubmit((v) => submit.mutate(v))} noValidate>
        <Stack>
          <Alert color="blue">{t('referrals.form.minimum')}</Alert>
          {text('name')}
          {text('phone')}
          <Controller
            control={form.control}
            name="sex"
            render={({ field }) => (
              <Select
                label={t('referrals.fields.sex')}
                data={['female', 'male', 'other'].map((v) => ({
                  value: v,
                  label: t(`referrals.sex.${v}`),
                }))}
                value={field.value || null}
                onChange={(v) => field.onChange(v ?? '')}
                clearable
              />
            )}
          />
          <Controller
            control={form.control}
            name="age"
            render={({ field }) => (
              <NumberInput
                label={t('referrals.fields.age')}
                min={0}
                max={120}
                value={field.value}
                onChange={(v) => field.onChange(v === '' ? '' : Number(v))}
              />
            )}
          />
          {text('language')}
          {text('need')}
          <TextInput
            type="date"
            label={t('referrals.fields.followUpOn')}
            {...form.register('followUpOn')}
          />
          <fieldset className="plain-fieldset">
            <legend>{t('referrals.consent.title')}</legend>
            <Stack gap="xs">
              <Checkbox
                label={t('referrals.consent.given')}
                disabled={overriding}
                {...form.register('consented')}
              />
              <Controller
                control={form.control}
                name="givenBy"
                render={({ field }) => (
                  <Radio.Group
                    label={t('referrals.consent.givenBy')}
                    value={field.value}
                    onChange={field.onChange}
                  >
                    <Group gap="md" mt={4}>
                      <Radio value="person" label={t('referrals.consent.person')} />
                      <Radio value="caregiver" label={t('referrals.consent.caregiver')} />
                    </Group>
                  </Radio.Group>
                )}
              />
              <Textarea
                label={t('referrals.consent.purpose')}
                autosize
                minRows={2}
                {...form.register('purpose')}
              />
              <Controller
                control={form.control}
                name="mayShare"
                render={({ field }) => (
                  <Checkbox.Group
                    label={t('referrals.consent.mayShare')}
                    value={field.value}
                    onChange={(v) => field.onChange(v as ShareableField[])}
                  >
                    <Group gap="md" mt={4}>
                      {SHAREABLE_FIELDS.map((f) => (
                        <Checkbox key={f} value={f} label={t(`referrals.fields.${f}`)} />
                      ))}
                    </Group>
                  </Checkbox.Group>
                )}
              />
            </Stack>
          </fieldset>
          {canOverride(role) && (
            <Stack gap="xs">
              <Switch label={t('referrals.override.toggle')} {...form.register('override')} />
              {overriding && (
                <Textarea
                  label={t('referrals.override.reason')}
                  description={t('referrals.override.help')}
                  autosize
                  minRows={2}
                  {...form.register('overrideReason')}
                />
              )}
            </Stack>
          )}
          {submit.error && (
            <Alert color="red" role="alert">
              {submit.error.message}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={submit.isPending} disabled={!serviceId}>
              {t('referrals.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
