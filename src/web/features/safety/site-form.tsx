import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  createSiteRequestSchema,
  SITE_TYPES,
  type CreateSiteRequest,
} from '../../../core/safety/safety-site.schema.js';
import { FormAlert } from '../../components/form-alert.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { createSite, SAFETY_KEY } from './safety.api.js';

const FIELDS = ['name', 'type', 'locationPcode', 'projectId'] as const;

/** Records a site: name, type, place by P-code; then opens it. */
export function SiteForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<CreateSiteRequest>({
    resolver: zodResolver(createSiteRequestSchema),
    defaultValues: { name: '', type: 'camp', locationPcode: '' },
  });
  const submission = useServerSubmit({
    setError: form.setError,
    fields: FIELDS,
    send: createSite,
    onSuccess: async (site) => {
      await queryClient.invalidateQueries({ queryKey: SAFETY_KEY });
      await navigate(`/safety/sites/${site.id}`);
    },
  });
  const error = (name: (typeof FIELDS)[number]) => {
    const issue = form.formState.errors[name];
    return (
      issue && (issue.type === 'server' ? issue.message : t(`safety.siteForm.invalid.${name}`))
    );
  };
  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="site-form-title">
      <Title order={2} size="h4" id="site-form-title" mb="sm">
        {t('safety.siteForm.title')}
      </Title>
      <form onSubmit={form.handleSubmit(submission.submit)} noValidate>
        <Stack gap="sm">
          <FormAlert message={submission.message} />
          <TextInput
            label={t('safety.siteForm.name')}
            required
            {...form.register('name')}
            error={error('name')}
          />
          <Controller
            control={form.control}
            name="type"
            render={({ field }) => (
              <Select
                label={t('safety.siteForm.type')}
                required
                allowDeselect={false}
                data={SITE_TYPES.map((type) => ({
                  value: type,
                  label: t(`safety.siteType.${type}`),
                }))}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'camp')}
              />
            )}
          />
          <TextInput
            label={t('safety.siteForm.place')}
            description={t('safety.siteForm.placeHint')}
            required
            dir="ltr"
            autoCapitalize="characters"
            {...form.register('locationPcode', {
              setValueAs: (v: string) => v.trim().toUpperCase(),
            })}
            error={error('locationPcode')}
          />
          <Button type="submit" loading={submission.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('safety.siteForm.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
