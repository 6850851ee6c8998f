import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WORK_AREAS } from '../../../core/capacity/capacity-codes.js';
import {
  searchGuidanceQuerySchema,
  type GuidanceEntry,
} from '../../../core/capacity/guidance.schema.js';
import { LANGUAGE_CODES } from '../../../core/shared/language.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { SearchInput } from '../../components/search-input.js';
import { useListParams } from '../../lib/use-list-params.js';
import { useCurrentUser } from '../auth/use-me.js';
import { guidanceQuery } from './capacity.api.js';
import { canEditGuidance, canUpdateGuidance } from './capacity-labels.js';
import { GuidanceEditor, GuidanceForm } from './guidance-form.js';

function EntryCard({ entry, editable }: { entry: GuidanceEntry; editable: boolean }) {
  const { t } = useTranslation();
  const [isEditing, setEditing] = useState(false);
  if (isEditing)
    return (
      <Card
        withBorder
        component="article"
        aria-label={t('guidance.edit.title', { title: entry.title })}
      >
        <Title order={2} fz="md" mb="sm">
          {t('guidance.edit.title', { title: entry.title })}
        </Title>
        <GuidanceEditor entry={entry} onDone={() => setEditing(false)} />
      </Card>
    );
  return (
    <Card withBorder component="article" lang={entry.textLanguage}>
      <Stack gap="xs">
        <Badge variant="light" w="fit-content">
          {t(`guidance.areas.${entry.area}`)}
        </Badge>
        <Title order={2} fz="md">
          {entry.title}
        </Title>
        <Text size="sm">{entry.description}</Text>
        <Text size="xs" c="dimmed">
          {entry.publisher}
          {entry.year ? ` · ${entry.year}` : ''} · {t('guidance.availableIn')}{' '}
          {entry.languages.map((l) => t(`guidance.languages.${l}`)).join(', ')}
        </Text>
        {entry.glossary.length > 0 && (
          <Group gap={6}>
            <Text size="xs">{t('guidance.glossary')}</Text>
            {entry.glossary.map((g) => (
              <Anchor key={g.code} component={Link} to={`/framework#term-${g.code}`} size="xs">
                {g.term}
              </Anchor>
            ))}
          </Group>
        )}
        {entry.url && (
          <Anchor href={entry.url} target="_blank" rel="noopener noreferrer" size="sm" dir="ltr">
            {t('guidance.publisherSite')} <bdi>{new URL(entry.url).host}</bdi>
          </Anchor>
        )}
        {editable && (
          <Button
            variant="subtle"
            size="xs"
            w="fit-content"
            aria-label={t('guidance.edit.named', { title: entry.title })}
            onClick={() => setEditing(true)}
          >
            {t('guidance.edit.action')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}

/** The guidance library: search in any of the four languages, filter by area and language. */
export function GuidancePage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const { query, update } = useListParams(searchGuidanceQuerySchema);
  const library = useQuery(guidanceQuery(query));
  return (
    <>
      <PageHeader title={t('guidance.title')} description={t('guidance.intro')} />
      <Group mb="md" align="flex-end" gap="sm">
        <SearchInput
          label={t('guidance.search')}
          initialValue={query.q ?? ''}
          onSearch={(v) => update({ q: v || undefined })}
        />
        <Select
          label={t('guidance.area')}
          clearable
          data={WORK_AREAS.map((a) => ({ value: a, label: t(`guidance.areas.${a}`) }))}
          value={query.area ?? null}
          onChange={(v) => update({ area: v ?? undefined })}
        />
        <Select
          label={t('guidance.language')}
          clearable
          data={LANGUAGE_CODES.map((l) => ({ value: l, label: t(`guidance.languages.${l}`) }))}
          value={query.language ?? null}
          onChange={(v) => update({ language: v ?? undefined })}
        />
      </Group>
      {canEditGuidance(role) && <GuidanceForm />}
      <QueryView
        query={library}
        isEmpty={(r) => r.items.length === 0}
        emptyMessage={t('guidance.empty')}
      >
        {(result) => (
          <>
            <Text size="sm" mb="sm" aria-live="polite">
              {t('guidance.count', { count: result.total })}
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {result.items.map((e) => (
                <EntryCard key={e.id} entry={e} editable={canUpdateGuidance(role)} />
              ))}
            </SimpleGrid>
          </>
        )}
      </QueryView>
    </>
  );
}
