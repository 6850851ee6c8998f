import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry, Principle } from './framework.api.js';

interface GlossaryListProps {
  entries: GlossaryEntry[];
  all: GlossaryEntry[];
  principles: Principle[];
}

/** Links to the related terms ("Related terms: Risk, Threat"). */
function RelatedTerms({ codes, termOf }: { codes: string[]; termOf: Map<string, string> }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" mt="xs">
      <Text span c="dimmed" size="xs">
        {t('framework.glossary.related')}{' '}
      </Text>
      {codes.map((code, index) => (
        <span key={code}>
          {index > 0 && t('common.listSeparator')}
          <Anchor href={`#term-${code}`} size="xs">
            {termOf.get(code) ?? code}
          </Anchor>
        </span>
      ))}
    </Text>
  );
}

function PrincipleTag({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} mt="xs">
      <Text size="xs" c="dimmed">
        {t('framework.glossary.principle')}
      </Text>
      <Badge variant="light" size="sm" tt="none">
        {name}
      </Badge>
    </Group>
  );
}

/** Glossary entries as a description list; related terms link to each other. */
export function GlossaryList({ entries, all, principles }: GlossaryListProps) {
  const termOf = new Map(all.map((entry) => [entry.code, entry.term]));
  const principleOf = new Map(principles.map((principle) => [principle.code, principle.name]));
  return (
    <dl className="glossary-list">
      {entries.map((entry) => {
        const principle = entry.principle ? principleOf.get(entry.principle) : undefined;
        return (
          <Paper key={entry.code} withBorder p="md" mb="sm">
            <dt id={`term-${entry.code}`}>
              <Text fw={700} span>
                {entry.term}
              </Text>
            </dt>
            <dd>
              <Text size="sm">{entry.definition}</Text>
              {principle && <PrincipleTag name={principle} />}
              {entry.related.length > 0 && <RelatedTerms codes={entry.related} termOf={termOf} />}
            </dd>
          </Paper>
        );
      })}
    </dl>
  );
}
