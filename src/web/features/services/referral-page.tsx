import { Anchor, Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Referral } from '../../../core/services/referral.schema.js';
import type { LanguageCode } from '../../../core/shared/language.js';
import { PageHeader } from '../../components/page-header.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { QueryView } from '../../components/query-view.js';
import { ReferralUpdateForm } from './referral-update-form.js';
import { referralQuery } from './services.api.js';

type T = (key: string, options?: Record<string, unknown>) => string;

/** A titled table of label and value rows. */
function Facts({ id, title, rows }: { id: string; title: string; rows: [string, ReactNode][] }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w="35%">
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function consentRows(r: Referral, t: T, lang: LanguageCode): [string, ReactNode][] {
  if (!r.consent) return [[t('referrals.override.reason'), r.override?.reason ?? '—']];
  return [
    [t('referrals.consent.givenBy'), t(`referrals.consent.${r.consent.givenBy}`)],
    [t('referrals.one.givenAt'), formatDateTime(r.consent.givenAt, lang)],
    [t('referrals.consent.purpose'), r.consent.purpose],
    [
      t('referrals.consent.mayShare'),
      <List size="sm" key="share">
        {r.consent.mayShare.map((f) => (
          <List.Item key={f}>{t(`referrals.fields.${f}`)}</List.Item>
        ))}
      </List>,
    ],
  ];
}

function personRows(person: NonNullable<Referral['person']>, t: T): [string, ReactNode][] {
  const value = (key: string, v: unknown) => {
    if (key === 'sex') return t(`referrals.sex.${String(v)}`);
    if (key === 'disability') return t(v ? 'referrals.one.yes' : 'referrals.one.no');
    return String(v);
  };
  return Object.entries(person)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [t(`referrals.fields.${k}`), value(k, v)]);
}

function ReferralView({ r }: { r: Referral }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const serviceRows: [string, ReactNode][] = [
    [
      t('referrals.list.service'),
      <Anchor component={Link} to={`/directory/${r.service.id}`} key="s">
        {r.service.name}
      </Anchor>,
    ],
    [t('directory.filters.type'), t(`directory.types.${r.service.type}`)],
    [t('directory.fields.provider'), r.service.provider],
    [t('referrals.one.createdAt'), formatDateTime(r.createdAt, lang)],
    [
      t('referrals.fields.followUpOn'),
      <Group gap={6} key="f">
        <Text size="sm">{r.followUpOn ? formatDate(r.followUpOn, lang) : '—'}</Text>
        {r.overdue && <Badge color="red.8">{t('referrals.list.overdue')}</Badge>}
      </Group>,
    ],
    [t('referrals.one.outcome'), r.outcome ?? '—'],
  ];
  return (
    <Stack>
      <PageHeader
        title={t('referrals.one.title', { reference: r.reference })}
        actions={
          <Anchor component={Link} to="/referrals">
            {t('referrals.one.back')}
          </Anchor>
        }
      />
      <Group gap="xs">
        <Badge>{t(`referrals.status.${r.status}`)}</Badge>
        {!r.consent && (
          <Badge color="yellow.3" c="dark.9">
            {t('referrals.override.short')}
          </Badge>
        )}
      </Group>
      <Facts id="referral-service" title={t('referrals.one.details')} rows={serviceRows} />
      <Facts
        id="referral-consent"
        title={t(r.consent ? 'referrals.consent.title' : 'referrals.override.toggle')}
        rows={consentRows(r, t, lang)}
      />
      {r.person && (
        <Facts
          id="referral-shared"
          title={t('referrals.one.shared')}
          rows={personRows(r.person, t)}
        />
      )}
      <ReferralUpdateForm key={`${r.id}-${r.version}`} referral={r} />
    </Stack>
  );
}

/** One referral: its service, consent, the facts shared, follow-up and outcome; moved on here. */
export function ReferralPage() {
  const { id = '' } = useParams();
  const referral = useQuery(referralQuery(id));
  return (
    <QueryView query={referral} isEmpty={() => false} emptyMessage="">
      {(r) => <ReferralView r={r} />}
    </QueryView>
  );
}
