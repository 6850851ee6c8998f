import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../core/auth/api-token.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { SuccessAlert } from '../../components/success-alert.js';
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
  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        description={t('tokens.intro')}
        actions={<Button onClick={() => setCreating(true)}>{t('tokens.new')}</Button>}
      />
      <SuccessAlert message={done} onClose={() => setDone(null)} />
      <QueryView
        query={tokens}
        isEmpty={(list) => list.items.length === 0}
        emptyMessage={t('tokens.empty')}
      >
        {(list) => <TokensTable tokens={list.items} onRevoke={setRevoking} />}
      </QueryView>
      <CreateTokenModal opened={creating} onClose={() => setCreating(false)} />
      <RevokeTokenModal
        token={revoking}
        onClose={() => setRevoking(null)}
        onRevoked={(token) => setDone(t('tokens.revoked', { name: token.name }))}
      />
    </>
  );
}
