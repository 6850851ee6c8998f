import { Anchor, List, SimpleGrid, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PROJECT_PHASES } from '../../../core/projects/phase.js';
import type { Portfolio } from '../../../core/projects/portfolio.schema.js';

/** A titled section of the portfolio page. */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <Title order={2} fz="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </section>
  );
}

/** The number of projects in each phase, and in all. */
export function PhaseTotals({ totals }: { totals: Portfolio['totals'] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid
      cols={{ base: 2, xs: 3, md: 6 }}
      spacing="sm"
      component="dl"
      className="phase-totals"
    >
      <Paper withBorder p="sm">
        <Text component="dt" size="sm" c="dimmed">
          {t('portfolio.allProjects')}
        </Text>
        <Text component="dd" fw={700} fz="xl">
          {totals.projects}
        </Text>
      </Paper>
      {PROJECT_PHASES.map((phase) => (
        <Paper key={phase} withBorder p="sm">
          <Text component="dt" size="sm" c="dimmed">
            {t(`projects.phases.${phase}`)}
          </Text>
          <Text component="dd" fw={700} fz="xl">
            {totals.byPhase[phase] ?? 0}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** Projects held at endorsement by open mandatory items (only the count for viewers). */
export function BlockedProjects({ portfolio }: { portfolio: Portfolio }) {
  const { t } = useTranslation();
  if (portfolio.blockedCount === 0) return <Text size="sm">{t('portfolio.noneBlocked')}</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm">{t('portfolio.blockedCount', { count: portfolio.blockedCount })}</Text>
      {portfolio.blocked.length > 0 && (
        <List size="sm" spacing={4}>
          {portfolio.blocked.map((project) => (
            <List.Item key={project.projectId}>
              <Anchor component={Link} to={`/projects/${project.projectId}`} size="sm">
                <bdi>
                  {project.code} — {project.title}
                </bdi>
              </Anchor>{' '}
              ({t('portfolio.openItems', { count: project.openItems })})
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** The items most often not met, with the number of projects. */
export function TopUnmet({ items }: { items: Portfolio['topUnmet'] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text size="sm">{t('portfolio.noUnmet')}</Text>;
  return (
    <List type="ordered" size="sm" spacing="xs">
      {items.map((item) => (
        <List.Item key={item.itemId}>
          {item.text}{' '}
          <Text span size="xs" c="dimmed">
            ({t('portfolio.projectsCount', { count: item.projects })})
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
