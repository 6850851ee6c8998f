import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Phase } from './framework.api.js';

// A dark orange that keeps white text above 4.5:1 contrast (Mantine's orange does not).
const GATE_COLOR = '#a63c06';

/** The project life-cycle phases in order; the approval gate is marked as such. */
export function PhasesSection({ phases }: { phases: Phase[] }) {
  const { t } = useTranslation();
  const ordered = [...phases].sort((a, b) => a.order - b.order);
  return (
    <section aria-labelledby="phases">
      <Title order={2} id="phases" mb={4}>
        {t('framework.phases.title')}
      </Title>
      <Text c="dimmed" mb="sm">
        {t('framework.phases.intro')}
      </Text>
      <Stack component="ol" gap="sm" className="plain-list">
        {ordered.map((phase) => (
          <Card
            key={phase.code}
            component="li"
            withBorder
            padding="md"
            className={phase.isGate ? 'phase-gate' : undefined}
          >
            <Group gap="xs" mb={4}>
              <Text size="sm" c="dimmed" fw={600}>
                {t('framework.phases.step', { order: phase.order })}
              </Text>
              {phase.isGate && (
                <Badge color={GATE_COLOR} variant="filled">
                  {t('framework.phases.gate')}
                </Badge>
              )}
            </Group>
            <Title order={3} fz="lg">
              {phase.name}
            </Title>
            <Text mt={4}>{phase.description}</Text>
          </Card>
        ))}
      </Stack>
    </section>
  );
}
