import { Alert, Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../core/auth/api-token.schema.js';
import { EmptyMessage } from '../../components/empty-message.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageHeader } from '../../components/page-header.js';
import { PageLoader } from '../../components/page-loader.js';
import { apiTokensQuery } from './api-tokens.api.js';
import { CreateTokenModal } from './create-token-modal.js';
import { RevokeTokenModal } from './revoke-token-modal.js';
import { TokensTable } from './tokens-table.js';

/** API tokens for integrations: list, create (secret shown once), revoke. */
export function ApiTokensPage() {
  const { t } = useTranslation();
  const tokens = useQuery(apiTokensQuery);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const items = tokens.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        description={t('tokens.intro')}
        actions={<Button onClick={() => setCreating(true)}>{t('tokens.new')}</Button>}
      />
      <div aria-live="polite">
        {done && (
          <Alert color="green" withCloseButton onClose={() => setDone(null)} closeButtonLabel={t('common.close')} mb="md">
            {done}
          </Alert>
        )}
      </div>
      {tokens.isPending && <PageLoader />}
      {tokens.isError && <ErrorAlert error={tokens.error} onRetry={() => void tokens.refetch()} />}
      {tokens.isSuccess && items.length === 0 && <EmptyMessage>{t('tokens.empty')}</EmptyMessage>}
      {items.length > 0 && <TokensTable tokens={items} onRevoke={setRevoking} />}
      <CreateTokenModal opened={creating} onClose={() => setCreating(false)} />
      <RevokeTokenModal
        token={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(token) => setDone(t('tokens.revoked', { name: token.name }))}
      />
    </>
  );
}
