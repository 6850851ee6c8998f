import { Anchor, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { useLanguage } from '../../i18n/use-language.js';
import { frameworkQuery } from './framework.api.js';
import { GlossarySection } from './glossary-section.js';
import { PhasesSection } from './phases-section.js';
import { PrinciplesSection } from './principles-section.js';
import { SectorsSection } from './sectors-section.js';

const SECTIONS = ['principles', 'phases', 'sectors', 'glossary'] as const;

/** Links to the page's sections, for long scrolls on phones. */
function SectionLinks() {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('framework.onThisPage')} gap="md">
      {SECTIONS.map((section) => (
        <Anchor key={section} href={`#${section}`} size="sm">
          {t(`framework.${section}.title`)}
        </Anchor>
      ))}
    </Group>
  );
}

/** The protection-mainstreaming framework in the interface language. */
export function FrameworkPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const query = useQuery(frameworkQuery(lang));
  const framework = query.data;
  const isSwitching = query.isPlaceholderData;
  return (
    <>
      <PageHeader title={t('framework.title')} description={t('framework.intro')} />
      {query.isPending && <PageLoader />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {framework && (
        <Stack gap={40} aria-busy={isSwitching}>
          <Stack gap="xs">
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('framework.version', { version: framework.version })}
              </Text>
              {isSwitching && <Loader size="xs" aria-label={t('common.loading')} />}
            </Group>
            <SectionLinks />
          </Stack>
          <PrinciplesSection principles={framework.principles} />
          <PhasesSection phases={framework.phases} />
          <SectorsSection sectors={framework.sectors} />
          <GlossarySection glossary={framework.glossary} principles={framework.principles} />
        </Stack>
      )}
    </>
  );
}
