import { Text, TextInput, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../components/empty-message.js';
import { filterGlossary } from './filter-glossary.js';
import type { GlossaryEntry, Principle } from './framework.api.js';
import { GlossaryList } from './glossary-list.js';

interface GlossarySectionProps {
  glossary: GlossaryEntry[];
  principles: Principle[];
}

/** The glossary with a search box that filters as one types. */
export function GlossarySection({ glossary, principles }: GlossarySectionProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const sorted = useMemo(
    () => [...glossary].sort((a, b) => a.term.localeCompare(b.term)),
    [glossary],
  );
  const shown = useMemo(() => filterGlossary(sorted, deferredQuery), [sorted, deferredQuery]);
  return (
    <section aria-labelledby="glossary">
      <Title order={2} id="glossary" mb="sm">
        {t('framework.glossary.title')}
      </Title>
      <TextInput
        type="search"
        label={t('framework.glossary.search')}
        description={t('framework.glossary.searchHint')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        maw={480}
        mb="xs"
        autoComplete="off"
      />
      <Text size="sm" c="dimmed" mb="sm" aria-live="polite" aria-atomic="true">
        {t('framework.glossary.count', { shown: shown.length, total: glossary.length })}
      </Text>
      {shown.length === 0 ? (
        <EmptyMessage>
          {t('framework.glossary.empty', { query: deferredQuery.trim() })}
        </EmptyMessage>
      ) : (
        <GlossaryList entries={shown} all={glossary} principles={principles} />
      )}
    </section>
  );
}
