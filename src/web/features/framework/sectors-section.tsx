import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Sector } from './framework.api.js';

/** The sectors of assistance (IOM's Migration Crisis Operational Framework). */
export function SectorsSection({ sectors }: { sectors: Sector[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="sectors">
      <Title order={2} id="sectors" mb={4}>
        {t('framework.sectors.title')}
      </Title>
      <Text c="dimmed" mb="sm">
        {t('framework.sectors.intro', { total: sectors.length })}
      </Text>
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 3 }}
        spacing="sm"
        component="ul"
        className="plain-list"
      >
        {sectors.map((sector) => (
          <Card key={sector.code} component="li" withBorder padding="md">
            <Title order={3} fz="md">
              {sector.name}
            </Title>
            <Text size="sm" mt={4}>
              {sector.description}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
