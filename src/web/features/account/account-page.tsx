import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.js';
import { useCurrentUser } from '../auth/use-me.js';
import { ProfileSummary } from './profile-summary.js';
import { TotpSection } from './totp-section.js';

/** The signed-in user's profile and two-factor authentication. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <>
      <PageHeader title={t('account.title')} />
      <Stack gap="lg" maw={760}>
        <ProfileSummary me={me} />
        <TotpSection me={me} />
      </Stack>
    </>
  );
}
