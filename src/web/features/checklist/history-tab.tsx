import { List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../core/projects/project.schema.js';
import { QueryView } from '../../components/query-view.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { transitionsQuery } from '../projects/projects.api.js';
import { useAnswerLabel } from './answer-choices.js';
import { checklistQuery, historyQuery } from './checklist.api.js';

function TransitionsList({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const query = useQuery(transitionsQuery(projectId));
  return (
    <QueryView
      query={query}
      isEmpty={(data) => data.items.length === 0}
      emptyMessage={t('history.noTransitions')}
    >
      {(data) => (
        <List spacing={4} size="sm">
          {data.items.map((entry) => (
            <List.Item key={`${entry.at}-${entry.to}`}>
              {t('history.transition', {
                from: t(`projects.phases.${entry.from}`),
                to: t(`projects.phases.${entry.to}`),
                name: entry.by ?? t('checklist.someone'),
                at: formatDateTime(entry.at, lang),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </QueryView>
  );
}

function AnswersHistory({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const label = useAnswerLabel();
  const query = useQuery(historyQuery(projectId));
  const checklist = useQuery(checklistQuery(projectId, undefined, lang));
  const textOf = new Map((checklist.data?.items ?? []).map((item) => [item.id, item.text]));
  return (
    <QueryView
      query={query}
      isEmpty={(data) => data.items.length === 0}
      emptyMessage={t('history.noAnswers')}
    >
      {(data) => (
        <Stack gap="xs" component="ul" className="plain-list">
          {data.items.map((entry) => (
            <li key={entry.id}>
              <Text size="sm" fw={500} lineClamp={2}>
                {textOf.get(entry.itemId) ?? entry.itemId}
              </Text>
              <Text size="sm">
                {entry.before ? `${label(entry.before.status)} → ` : ''}
                {label(entry.after.status)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('history.by', {
                  name: entry.changedBy ?? t('checklist.someone'),
                  at: formatDateTime(entry.changedAt, lang),
                })}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </QueryView>
  );
}

/** The life-cycle moves and the changes to answers, newest first. */
export function HistoryTab({ project }: { project: Project }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <section aria-labelledby="history-transitions">
        <Title order={2} fz="h4" id="history-transitions" mb="xs">
          {t('history.transitionsTitle')}
        </Title>
        <TransitionsList projectId={project.id} />
      </section>
      <section aria-labelledby="history-answers">
        <Title order={2} fz="h4" id="history-answers" mb="xs">
          {t('history.answersTitle')}
        </Title>
        <AnswersHistory projectId={project.id} />
      </section>
    </Stack>
  );
}
