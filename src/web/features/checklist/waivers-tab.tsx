import { Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../core/projects/project.schema.js';
import { QueryView } from '../../components/query-view.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { checklistQuery, waiversQuery } from './checklist.api.js';

/** The waivers granted on a project: the item, the reason, who and when. */
export function WaiversTab({ project }: { project: Project }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const waivers = useQuery(waiversQuery(project.id));
  const checklist = useQuery(checklistQuery(project.id, undefined, lang));
  const textOf = new Map((checklist.data?.items ?? []).map((item) => [item.id, item.text]));
  return (
    <QueryView
      query={waivers}
      isEmpty={(data) => data.items.length === 0}
      emptyMessage={t('waivers.empty')}
    >
      {(data) => (
        <Stack gap="sm" component="ul" className="plain-list">
          {data.items.map((waiver) => (
            <Paper key={waiver.id} withBorder p="md" component="li">
              <Text fw={500}>{textOf.get(waiver.itemId) ?? waiver.itemId}</Text>
              <Text size="sm" mt={4}>
                {waiver.reason}
              </Text>
              <Text size="xs" c="dimmed" mt={4}>
                {t('waivers.by', {
                  name: waiver.waivedBy ?? t('checklist.someone'),
                  at: formatDateTime(waiver.waivedAt, lang),
                })}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </QueryView>
  );
}
