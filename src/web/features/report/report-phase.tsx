import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemView } from '../../../core/checklists/checklist.schema.js';
import type { ChecklistPhase } from '../../../core/projects/phase.js';
import { useAnswerLabel } from '../checklist/answer-choices.js';
import { groupByPrinciple } from '../checklist/principle-groups.js';
import { useFrameworkNames } from '../projects/use-project-options.js';

function ItemRow({ item }: { item: ChecklistItemView }) {
  const { t } = useTranslation();
  const label = useAnswerLabel();
  const answer = item.answer!;
  return (
    <Table.Tr>
      <Table.Td>
        {item.text}
        {item.mandatory && (
          <Text span size="xs" fw={700}>
            {' '}
            ({t('checklist.mandatory')})
          </Text>
        )}
      </Table.Td>
      <Table.Td className="nowrap">{label(answer.status)}</Table.Td>
      <Table.Td>
        {answer.justification && (
          <Text size="sm">
            {t('checklist.justification')}: {answer.justification}
          </Text>
        )}
        {answer.note && (
          <Text size="sm">
            {t('checklist.note')}: {answer.note}
          </Text>
        )}
        {item.waiver && (
          <Text size="sm">
            {t('checklist.waived')}: {item.waiver.reason}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function PrincipleTable({ title, items }: { title: string; items: ChecklistItemView[] }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder verticalSpacing={4} mb="md" layout="fixed" className="report-table">
      <Table.Caption>{title}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w="55%">
            {t('report.item')}
          </Table.Th>
          <Table.Th scope="col" w="17%">
            {t('report.answer')}
          </Table.Th>
          <Table.Th scope="col">{t('report.details')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <ItemRow key={item.id} item={item} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface ReportPhaseProps {
  phase: ChecklistPhase;
  items: ChecklistItemView[];
}

/** One phase of the report: every answered item by principle, and how many are unanswered. */
export function ReportPhase({ phase, items }: ReportPhaseProps) {
  const { t } = useTranslation();
  const { principles, principleName } = useFrameworkNames();
  const answered = items.filter((item) => item.answer !== null);
  const groups = groupByPrinciple(
    answered,
    principles.map((p) => p.code),
  );
  return (
    <section className="report-phase" aria-labelledby={`report-${phase}`}>
      <Title order={2} fz="h3" id={`report-${phase}`} mb="xs">
        {t(`projects.phases.${phase}`)}
      </Title>
      <Text size="sm" mb="sm">
        {t('report.answeredCount', { answered: answered.length, total: items.length })}
      </Text>
      {groups.map(([principle, group]) => (
        <PrincipleTable key={principle} title={principleName(principle)} items={group} />
      ))}
    </section>
  );
}
