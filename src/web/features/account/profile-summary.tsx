import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../core/auth/auth.schema.js';
import { LANGUAGE_NAMES } from '../../i18n/languages.js';

/** Name, e-mail, role, organisation, offices and language of the signed-in user. */
export function ProfileSummary({ me }: { me: Me }) {
  const { t } = useTranslation();
  const scope =
    me.scope.kind === 'organization'
      ? t('account.wholeOrganisation')
      : me.scope.offices
          .map((office) => `${office.name} (${office.code})`)
          .join(t('common.listSeparator'));
  const rows = [
    { label: t('account.name'), value: me.name },
    { label: t('account.email'), value: me.email },
    { label: t('account.role'), value: t(`roles.${me.role}`) },
    { label: t('account.organisation'), value: me.organization.name },
    { label: t('account.scope'), value: scope },
    { label: t('account.language'), value: LANGUAGE_NAMES[me.locale] },
  ];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="profile-title">
      <Title order={2} fz="xl" id="profile-title" mb="sm">
        {t('account.profile')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" className="profile-list">
        {rows.map((row) => (
          <div key={row.label}>
            <Text component="dt" size="sm" c="dimmed">
              {row.label}
            </Text>
            <Text component="dd" fw={500}>
              {row.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  );
}
