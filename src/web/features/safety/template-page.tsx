import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafetyTemplate } from '../../../core/safety/safety-template.schema.js';
import { FormAlert } from '../../components/form-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { useLanguage } from '../../i18n/use-language.js';
import { errorMessage } from '../../lib/error-message.js';
import { useCurrentUser } from '../auth/use-me.js';
import { ItemEditor } from './item-editor.js';
import { changeTemplateItem, SAFETY_KEY, templateQuery } from './safety.api.js';
import { canEditSafetyTemplate } from './safety-labels.js';

type Item = SafetyTemplate['items'][number];

function ItemCard({
  template,
  item,
  editable,
}: {
  template: SafetyTemplate;
  item: Item;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rewording, setRewording] = useState(false);
  const retire = useMutation({
    mutationFn: () =>
      changeTemplateItem(item.code, { basedOn: template.number, retired: !item.retired }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SAFETY_KEY }),
  });
  if (rewording)
    return <ItemEditor template={template} item={item} onDone={() => setRewording(false)} />;
  return (
    <Paper withBorder p="sm" bg={item.retired ? 'gray.0' : undefined}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={4} style={{ flex: '1 1 20rem' }}>
          <Group gap="xs">
            <Text size="sm" c="dimmed" dir="ltr">
              {item.code}
            </Text>
            {item.atNight && <Badge color="indigo.9">{t('safety.form.atNightItem')}</Badge>}
            {item.retired && <Badge color="gray.8">{t('safety.template.retired')}</Badge>}
          </Group>
          <Text fw={600}>{item.question}</Text>
          <Text size="sm">{item.guidance}</Text>
        </Stack>
        {editable && (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              onClick={() => setRewording(true)}
              aria-label={t('safety.template.rewordOf', { code: item.code })}
            >
              {t('safety.template.reword')}
            </Button>
            <Button
              size="xs"
              variant="default"
              loading={retire.isPending}
              onClick={() => retire.mutate()}
              aria-label={t(
                item.retired ? 'safety.template.restoreOf' : 'safety.template.retireOf',
                { code: item.code },
              )}
            >
              {t(item.retired ? 'safety.template.restore' : 'safety.template.retire')}
            </Button>
          </Group>
        )}
      </Group>
      <FormAlert message={retire.isError ? errorMessage(retire.error, t) : null} />
    </Paper>
  );
}

function TemplateView({ template, editable }: { template: SafetyTemplate; editable: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const topics = [...new Set(template.items.map((i) => i.topic))];
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('safety.template.title')}
        description={t('safety.template.intro', { number: template.number })}
        actions={
          editable &&
          !adding && <Button onClick={() => setAdding(true)}>{t('safety.template.add')}</Button>
        }
      />
      {adding && <ItemEditor template={template} onDone={() => setAdding(false)} />}
      {topics.map((topic) => {
        const items = template.items.filter((i) => i.topic === topic);
        return (
          <Stack key={topic} gap="sm" component="section" aria-labelledby={`tpl-${topic}`}>
            <Title order={2} size="h3" id={`tpl-${topic}`}>
              {items[0]!.topicName}
            </Title>
            {items.map((item) => (
              <ItemCard key={item.code} template={template} item={item} editable={editable} />
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}

/** The organisation's audit template: every edit makes a new version; past audits keep theirs. */
export function TemplatePage() {
  const lang = useLanguage();
  const { role } = useCurrentUser();
  const template = useQuery(templateQuery(lang));
  return (
    <QueryView query={template} isEmpty={() => false} emptyMessage="">
      {(tpl) => <TemplateView template={tpl} editable={canEditSafetyTemplate(role)} />}
    </QueryView>
  );
}
