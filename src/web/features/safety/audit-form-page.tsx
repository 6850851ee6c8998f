import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppError } from '../../../core/errors.js';
import { checkAuditAnswers } from '../../../core/safety/check-audit-answers.js';
import {
  auditEntrySchema,
  type AuditEntry,
  type ParsedAuditEntry,
} from '../../../core/safety/safety-audit.schema.js';
import type { SafetyItem } from '../../../core/safety/safety-template.schema.js';
import { FormAlert } from '../../components/form-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { useLanguage } from '../../i18n/use-language.js';
import { todayIso } from '../../lib/today.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { AuditItemField } from './audit-item-field.js';
import { createAudit, SAFETY_KEY, siteQuery, templateQuery } from './safety.api.js';

/** Items grouped by topic, in template order. */
function byTopic(items: SafetyItem[]) {
  const groups = new Map<string, { name: string; items: { item: SafetyItem; index: number }[] }>();
  items.forEach((item, index) => {
    const group = groups.get(item.topic) ?? { name: item.topicName, items: [] };
    group.items.push({ item, index });
    groups.set(item.topic, group);
  });
  return [...groups.entries()];
}

function AuditForm({ siteId, items }: { siteId: string; items: SafetyItem[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useForm<AuditEntry, unknown, ParsedAuditEntry>({
    resolver: zodResolver(auditEntrySchema),
    defaultValues: {
      date: todayIso(),
      atNight: false,
      answers: items.map((item) => ({ itemCode: item.code, risk: null })) as AuditEntry['answers'],
    },
  });
  const fields = [
    'date',
    'notes',
    ...items.flatMap((_, i) => [`answers.${i}.answer`, `answers.${i}.risk`]),
  ] as FieldPath<AuditEntry>[];
  const submission = useServerSubmit({
    setError: form.setError,
    fields,
    send: (entry: ParsedAuditEntry) => createAudit(siteId, entry),
    onSuccess: async (audit) => {
      await queryClient.invalidateQueries({ queryKey: SAFETY_KEY });
      await navigate(`/safety/audits/${audit.id}`);
    },
  });
  const onValid = (entry: ParsedAuditEntry) => {
    try {
      checkAuditAnswers(
        entry,
        items.map((i) => i.code),
      );
    } catch (error) {
      if (!AppError.isAppError(error)) throw error;
      for (const field of (error.details as { fields: { path: string }[] }).fields)
        form.setError(field.path as FieldPath<AuditEntry>, {
          type: 'server',
          message: t('safety.form.riskRequired'),
        });
      return;
    }
    return submission.submit(entry);
  };
  const errors = form.formState.errors.answers;
  const errorCount = Array.isArray(errors) ? errors.filter(Boolean).length : 0;
  return (
    <form onSubmit={form.handleSubmit(onValid)} noValidate>
      <Stack gap="md">
        <FormAlert message={submission.message} />
        <TextInput
          type="date"
          label={t('safety.form.date')}
          required
          {...form.register('date')}
          error={form.formState.errors.date && t('safety.form.dateInvalid')}
        />
        <Checkbox label={t('safety.form.atNight')} {...form.register('atNight')} size="md" />
        {byTopic(items).map(([topic, group]) => (
          <Stack key={topic} gap="sm" component="section" aria-labelledby={`topic-${topic}`}>
            <Title order={2} size="h3" id={`topic-${topic}`}>
              {group.name}
            </Title>
            {group.items.map(({ item, index }) => (
              <AuditItemField
                key={item.code}
                item={item}
                index={index}
                control={form.control}
                setValue={form.setValue}
                error={{
                  answer: Boolean(form.formState.errors.answers?.[index]?.answer),
                  risk: form.formState.errors.answers?.[index]?.risk?.message,
                }}
              />
            ))}
          </Stack>
        ))}
        <Textarea
          label={t('safety.form.notes')}
          autosize
          minRows={2}
          {...form.register('notes', { setValueAs: (v: string) => v || undefined })}
        />
        {errorCount > 0 && (
          <Text c="red.8" role="alert">
            {t('safety.form.itemsToFix', { count: errorCount })}
          </Text>
        )}
        <Button
          type="submit"
          size="md"
          loading={submission.isPending}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('safety.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** The audit of a site, item by item, in the organisation's current template: fit for a phone at night. */
export function AuditFormPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const lang = useLanguage();
  const site = useQuery(siteQuery(id));
  const template = useQuery(templateQuery(lang));
  return (
    <QueryView query={template} isEmpty={() => false} emptyMessage="">
      {(tpl) => (
        <>
          <PageHeader
            title={t('safety.form.title', { site: site.data?.name ?? '' })}
            description={t('safety.form.intro')}
          />
          <AuditForm siteId={id} items={tpl.items.filter((i) => !i.retired)} />
        </>
      )}
    </QueryView>
  );
}
