import { Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistView } from '../../../core/checklists/checklist.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { BAND_COLOR, formatPercent, scoreBand } from '../../lib/format-score.js';
import { useFrameworkNames } from '../projects/use-project-options.js';

type Score = ChecklistView['scores']['overall'];

function ScoreLine({ label, score, strong }: { label: string; score: Score; strong?: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const percent = formatPercent(score.score, lang);
  const answered = score.total - score.unanswered;
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={strong ? 700 : 500}>
          {label}
        </Text>
        <Text size="sm" fw={700}>
          {percent ?? t('checklist.scores.none')}
        </Text>
      </Group>
      <Progress
        value={(score.score ?? 0) * 100}
        color={BAND_COLOR[scoreBand(score.score)]}
        size="sm"
        aria-hidden="true"
      />
      <Text size="xs" c="dimmed">
        {t('checklist.scores.answered', { answered, total: score.total })}
      </Text>
    </Stack>
  );
}

/** How scores are computed, in a disclosure. */
export function ScoresExplanation() {
  const { t } = useTranslation();
  return (
    <details className="guidance">
      <summary>{t('checklist.scores.howTitle')}</summary>
      <Text size="sm" mt={4}>
        {t('checklist.scores.how')}
      </Text>
    </details>
  );
}

/** Overall and per-principle scores of the checklist in view, with open mandatory items. */
export function ScoresPanel({ scores }: { scores: ChecklistView['scores'] }) {
  const { t } = useTranslation();
  const { principles, principleName } = useFrameworkNames();
  const codes = principles.map((p) => p.code).filter((code) => scores.byPrinciple[code]);
  const others = Object.keys(scores.byPrinciple).filter((code) => !codes.includes(code));
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="scores-title">
      <Title order={2} fz="h4" id="scores-title" mb="sm">
        {t('checklist.scores.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="md">
        <ScoreLine label={t('checklist.scores.overall')} score={scores.overall} strong />
        {[...codes, ...others].map((code) => (
          <ScoreLine key={code} label={principleName(code)} score={scores.byPrinciple[code]!} />
        ))}
      </SimpleGrid>
      <Text
        size="sm"
        mt="sm"
        c={`var(--mantine-color-${scores.mandatoryOpen.length > 0 ? 'orange' : 'green'}-light-color)`}
        fw={600}
      >
        {t('checklist.scores.mandatoryOpen', { count: scores.mandatoryOpen.length })}
      </Text>
      <ScoresExplanation />
    </Paper>
  );
}
