import { Badge, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RiskHistory } from '../../../core/risk/risk-history.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatScore } from './risk-format.js';

/** Keeps a date's digits and dashes in order inside right-to-left text (left-to-right isolate). */
const isolate = (text: string) => `\u2066${text}\u2069`;

const OUTCOME_COLOR = { improved: 'green', worsened: 'red', unchanged: 'gray' } as const;

/** Each change between two analyses, said as a protection outcome (risk down = improved). */
export function OutcomeChanges({ changes }: { changes: RiskHistory['changes'] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (changes.length === 0) return <Text c="dimmed">{t('risk.history.oneAnalysis')}</Text>;
  return (
    <Stack component="ul" gap="xs" className="plain-list">
      {changes.map((c) => (
        <Card key={c.toDate} component="li" withBorder padding="sm">
          <Badge color={OUTCOME_COLOR[c.outcome]} variant="light">
            {t(`risk.outcome.${c.outcome}`)}
          </Badge>
          <Text size="sm" mt={4}>
            {t('risk.history.change', {
              from: isolate(c.fromDate),
              to: isolate(c.toDate),
              fromScore: formatScore(c.fromScore, lang),
              toScore: formatScore(c.toScore, lang),
            })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('risk.history.factors', {
              threat: c.factors.threat,
              vulnerability: c.factors.vulnerability,
              capacity: c.factors.capacity,
            })}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
