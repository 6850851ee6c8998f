import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry, Principle } from './framework.api.js';

interface GlossaryListProps {
  entries: GlossaryEntry[];
  all: GlossaryEntry[];
  principles: Principle[];
}

/** Glossary entries as a description list; related terms link to each other. */
export function GlossaryList({ entries, all, principles }: GlossaryListProps) {
  const { t } = useTranslation();
  const termOf = new Map(all.map((entry) => [entry.code, entry.term]));
  const principleOf = new Map(principles.map((principle) => [principle.code, principle.name]));
  return (
    <dl className="glossary-list">
      {entries.map((entry) => (
        <Paper key={entry.code} withBorder p="md" mb="sm" className="glossary-entry">
          <dt id={`term-${entry.code}`}>
            <Text fw={700} span>
              {entry.term}
            </Text>
          </dt>
          <dd>
            <Text size="sm">{entry.definition}</Text>
            {entry.principle && principleOf.has(entry.principle) && (
              <Group gap={6} mt="xs">
                <Text size="xs" c="dimmed">
                  {t('framework.glossary.principle')}
                </Text>
                <Badge variant="light" size="sm" tt="none">
                  {principleOf.get(entry.principle)}
                </Badge>
              </Group>
            )}
            {entry.related.length > 0 && (
              <Text size="xs" mt="xs">
                <Text span c="dimmed" size="xs">
                  {t('framework.glossary.related')}{' '}
                </Text>
                {entry.related.map((code, index) => (
                  <span key={code}>
                    {index > 0 && t('common.listSeparator')}
                    <Anchor href={`#term-${code}`} size="xs">
                      {termOf.get(code) ?? code}
                    </Anchor>
                  </span>
                ))}
              </Text>
            )}
          </dd>
        </Paper>
      ))}
    </dl>
  );
}
