import { Badge, Group, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FeedbackCase } from '../../../core/feedback/feedback.schema.js';
import { LANGUAGE_NAMES } from '../../i18n/languages.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { DeadlineBadge } from './feedback-badges.js';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" ms={0} fw={500}>
        {children}
      </Text>
    </div>
  );
}

/** Channel, dates, category, urgency, language, and the profile of the person. */
export function CaseFacts({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const none = t('common.none');
  const date = (iso: string | null) =>
    iso ? <time dateTime={iso}>{formatDateTime(iso, lang)}</time> : none;
  const profile = [
    item.submitter.sex && t(`feedback.sex.${item.submitter.sex}`),
    item.submitter.ageBracket && t(`feedback.age.${item.submitter.ageBracket}`),
    item.submitter.displacement && t(`feedback.displacement.${item.submitter.displacement}`),
  ].filter(Boolean);
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="sm" verticalSpacing="sm" m={0}>
      <Fact label={t('feedback.fields.channel')}>{t(`feedback.channel.${item.channel}`)}</Fact>
      <Fact label={t('feedback.columns.received')}>{date(item.receivedAt)}</Fact>
      <Fact label={t('feedback.fields.category')}>
        {item.category ? t(`feedback.category.${item.category}`) : none}
      </Fact>
      <Fact label={t('feedback.fields.urgency')}>{t(`feedback.urgency.${item.urgency}`)}</Fact>
      <Fact label={t('feedback.fields.language')}>
        {item.language ? LANGUAGE_NAMES[item.language] : none}
      </Fact>
      <Fact label={t('feedback.case.profile')}>
        {profile.length ? profile.join(t('common.listSeparator')) : none}
      </Fact>
      <Fact label={t('feedback.case.acknowledgeDue')}>{date(item.acknowledgeDue)}</Fact>
      <Fact label={t('feedback.case.respondDue')}>{date(item.respondDue)}</Fact>
      <Fact label={t('feedback.case.acknowledgedAt')}>{date(item.acknowledgedAt)}</Fact>
      <Fact label={t('feedback.case.respondedAt')}>{date(item.respondedAt)}</Fact>
      <Fact label={t('feedback.case.closedAt')}>{date(item.closedAt)}</Fact>
      <Fact label={t('feedback.columns.deadline')}>
        <DeadlineBadge feedbackCase={item} />
      </Fact>
    </SimpleGrid>
  );
}

/** The triage's suggestions (never decisions), and whether someone must review them. */
export function TriageFlags({ item }: { item: FeedbackCase }) {
  const { t } = useTranslation();
  const { flags, reviewRequired } = item.triage;
  if (flags.length === 0 && !reviewRequired) return null;
  return (
    <Group gap="xs" aria-label={t('feedback.case.triage')} role="group">
      {flags.map((flag) => (
        <Badge key={flag} color="orange" variant="light">
          {t('feedback.case.suggested', { flag: t(`feedback.flags.${flag}`, flag) })}
        </Badge>
      ))}
      {reviewRequired && (
        <Badge color="red" variant="outline">
          {t('feedback.case.reviewRequired')}
        </Badge>
      )}
    </Group>
  );
}
