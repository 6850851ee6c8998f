import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistView } from '../../../core/checklists/checklist.schema.js';
import { CHECKLIST_PHASES } from '../../../core/projects/phase.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatPercent } from '../../lib/format-score.js';
import { useFrameworkNames } from '../projects/use-project-options.js';

type Score = ChecklistView['scores']['overall'];

function ScoreRows({ rows }: { rows: [string, Score][] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return rows.map(([label, score]) => (
    <Table.Tr key={label}>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>{formatPercent(score.score, lang) ?? t('checklist.scores.none')}</Table.Td>
      <Table.Td>{score.met}</Table.Td>
      <Table.Td>{score.partly}</Table.Td>
      <Table.Td>{score.notMet}</Table.Td>
      <Table.Td>{score.notApplicable}</Table.Td>
      <Table.Td>{score.unanswered}</Table.Td>
    </Table.Tr>
  ));
}

function ScoreTable({
  caption,
  first,
  rows,
}: {
  caption: string;
  first: string;
  rows: [string, Score][];
}) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder verticalSpacing={4} mb="md" className="report-table">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{first}</Table.Th>
          <Table.Th scope="col">{t('report.score')}</Table.Th>
          <Table.Th scope="col">{t('checklist.answers.met')}</Table.Th>
          <Table.Th scope="col">{t('checklist.answers.partly')}</Table.Th>
          <Table.Th scope="col">{t('checklist.answers.not_met')}</Table.Th>
          <Table.Th scope="col">{t('checklist.answers.not_applicable')}</Table.Th>
          <Table.Th scope="col">{t('report.unanswered')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <ScoreRows rows={rows} />
      </Table.Tbody>
    </Table>
  );
}

/** Scores by principle (with the overall score) and by phase. */
export function ReportScores({ scores }: { scores: ChecklistView['scores'] }) {
  const { t } = useTranslation();
  const { principles, principleName } = useFrameworkNames();
  const byPrinciple: [string, Score][] = principles
    .filter((p) => scores.byPrinciple[p.code])
    .map((p) => [principleName(p.code), scores.byPrinciple[p.code]!]);
  const byPhase: [string, Score][] = CHECKLIST_PHASES.filter((phase) => scores.byPhase[phase]).map(
    (phase) => [t(`projects.phases.${phase}`), scores.byPhase[phase]!],
  );
  return (
    <>
      <ScoreTable
        caption={t('report.byPrinciple')}
        first={t('portfolio.principle')}
        rows={[...byPrinciple, [t('checklist.scores.overall'), scores.overall]]}
      />
      <ScoreTable caption={t('report.byPhase')} first={t('report.phase')} rows={byPhase} />
    </>
  );
}
