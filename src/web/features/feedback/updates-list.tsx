import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../../core/shared/language.js';
import { useLanguage } from '../../i18n/use-language.js';
import { LANGUAGE_NAMES } from '../../i18n/languages.js';
import { formatDate } from '../../lib/format-date.js';
import { printablePath, type CommunityUpdate } from './community-updates.api.js';

interface UpdatesListProps {
  items: CommunityUpdate[];
  /** Absent for readers: the list is then read-only. */
  onEdit?: (update: CommunityUpdate) => void;
  onPublish?: (update: CommunityUpdate) => void;
}

type ItemProps = Omit<UpdatesListProps, 'items'> & { item: CommunityUpdate };

function UpdateItem({ item, onEdit, onPublish }: ItemProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const published = item.status === 'published';
  const titleId = `update-${item.id}-title`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h5" id={titleId} lang={item.language} dir="auto">
            {item.title}
          </Title>
          <Group gap={6}>
            <Badge color={published ? 'green' : 'gray'} variant="light" size="sm">
              {t(`feedback.updates.status.${item.status}`)}
            </Badge>
            <Badge color="blue" variant="outline" size="sm" lang={item.language}>
              {LANGUAGE_NAMES[item.language]}
            </Badge>
          </Group>
        </Group>
        <Text fz="sm" c="dimmed">
          {t('feedback.updates.covers', {
            from: formatDate(item.periodFrom, lang),
            to: formatDate(item.periodTo, lang),
          })}
          {item.publishedAt &&
            ` · ${t('feedback.updates.publishedOn', { date: formatDate(item.publishedAt, lang) })}`}
        </Text>
        {(['youSaid', 'weDid'] as const).map((part) => (
          <div key={part}>
            <Text fz="sm" fw={700}>
              {t(`feedback.updates.${part}`)}
            </Text>
            <Text fz="sm" lineClamp={3} lang={item.language} dir={directionOf(item.language)}>
              {item[part]}
            </Text>
          </div>
        ))}
        <Group gap="sm">
          {published ? (
            <Anchor href={printablePath(item.id)} target="_blank" rel="noopener" fz="sm">
              {t('feedback.updates.openPrintable')}
            </Anchor>
          ) : (
            <>
              {onEdit && (
                <Button size="xs" variant="default" onClick={() => onEdit(item)}>
                  {t('common.edit')}
                </Button>
              )}
              {onPublish && (
                <Button size="xs" onClick={() => onPublish(item)}>
                  {t('feedback.updates.publish')}
                </Button>
              )}
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The updates, newest first, with their status; drafts can be edited and published. */
export function UpdatesList({ items, onEdit, onPublish }: UpdatesListProps) {
  const sorted = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Stack gap="sm" component="ul" className="plain-list">
      {sorted.map((item) => (
        <li key={item.id}>
          <UpdateItem item={item} onEdit={onEdit} onPublish={onPublish} />
        </li>
      ))}
    </Stack>
  );
}
