import { Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Principle } from './framework.api.js';

/** The four protection-mainstreaming principles, each with what it asks in practice. */
export function PrinciplesSection({ principles }: { principles: Principle[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="principles">
      <Title order={2} id="principles" mb="sm">
        {t('framework.principles.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {principles.map((principle) => (
          <Card key={principle.code} withBorder padding="lg" component="article">
            <Title order={3} fz="lg">
              {principle.name}
            </Title>
            {principle.short !== principle.name && (
              <Text fw={600} mt={4}>
                {principle.short}
              </Text>
            )}
            <Text mt="xs">{principle.description}</Text>
            <Title order={4} fz="md" mt="md" mb={4}>
              {t('framework.principles.inPractice')}
            </Title>
            <List spacing={4} size="sm">
              {principle.inPractice.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}
