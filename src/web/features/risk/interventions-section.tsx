import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RiskHistory } from '../../../core/risk/risk-history.schema.js';
import { EmptyMessage } from '../../components/empty-message.js';

type Point = RiskHistory['points'][number];

/** The interventions and linked projects of every analysis of the series, newest first. */
export function InterventionsSection({ points }: { points: Point[] }) {
  const { t } = useTranslation();
  const interventions = points.flatMap((p) => p.interventions).reverse();
  const projects = [...new Map(points.flatMap((p) => p.projects).map((p) => [p.id, p])).values()];
  return (
    <Stack gap="sm">
      <Title order={2} fz="h3">
        {t('risk.history.projects')}
      </Title>
      {projects.length === 0 ? (
        <EmptyMessage>{t('risk.history.noProjects')}</EmptyMessage>
      ) : (
        <Group component="ul" className="plain-list" gap="xs">
          {projects.map((p) => (
            <li key={p.id}>
              <Anchor component={Link} to={`/projects/${p.id}`}>
                <bdi>{p.code}</bdi> — {p.title}
              </Anchor>
            </li>
          ))}
        </Group>
      )}
      <Title order={2} fz="h3">
        {t('risk.history.interventions')}
      </Title>
      {interventions.length === 0 ? (
        <EmptyMessage>{t('risk.history.noInterventions')}</EmptyMessage>
      ) : (
        <Stack component="ul" className="plain-list" gap="xs">
          {interventions.map((i) => (
            <Card key={i.id} component="li" withBorder padding="sm">
              <Group gap="xs">
                <Text fw={600}>{i.title}</Text>
                <Badge variant="light">{t(`risk.kind.${i.kind}`)}</Badge>
                <Badge variant="outline">{t(`risk.area.${i.thematicArea}`)}</Badge>
              </Group>
              {i.description && <Text size="sm">{i.description}</Text>}
              <Text size="xs" c="dimmed">
                {[i.startDate, i.endDate].filter(Boolean).join(' – ')}
                {i.project && ` · ${i.project.code}`}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
