import { Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FeedbackCase } from '../../../core/feedback/feedback.schema.js';

function Restricted() {
  const { t } = useTranslation();
  return (
    <Text size="sm">
      <Badge color="gray" variant="light">
        {t('feedback.case.restricted')}
      </Badge>{' '}
      {t('feedback.case.restrictedHint')}
    </Text>
  );
}

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <Stack gap={6} component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** The person's words, and how to reach them; "Restricted" when the role may not read them. */
export function CaseContent({ item, isDesk }: { item: FeedbackCase; isDesk: boolean }) {
  const { t } = useTranslation();
  const contact = item.contact;
  const contactKeys = contact
    ? (['name', 'phone', 'email', 'other'] as const).filter((key) => contact[key])
    : [];
  return (
    <>
      <Section id="case-narrative" title={t('feedback.fields.narrative')}>
        {item.narrative === null ? (
          <Restricted />
        ) : (
          <Paper withBorder p="sm">
            <Text
              size="sm"
              style={{ whiteSpace: 'pre-wrap' }}
              dir="auto"
              lang={item.language ?? undefined}
            >
              {item.narrative}
            </Text>
          </Paper>
        )}
      </Section>
      <Section id="case-contact" title={t('feedback.contact.title')}>
        {item.anonymous ? (
          <Text size="sm">{t('feedback.case.anonymous')}</Text>
        ) : !item.consentToContact ? (
          <Text size="sm">{t('feedback.case.noConsent')}</Text>
        ) : contact === null && !isDesk ? (
          <Restricted />
        ) : contactKeys.length === 0 ? (
          <Text size="sm">{t('feedback.case.noContact')}</Text>
        ) : (
          contactKeys.map((key) => (
            <Text key={key} size="sm">
              {t(`feedback.contact.${key}`)}:{' '}
              <bdi dir={key === 'phone' || key === 'email' ? 'ltr' : undefined}>
                {contact?.[key]}
              </bdi>
            </Text>
          ))
        )}
      </Section>
    </>
  );
}
