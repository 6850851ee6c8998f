import { Badge, Button, Code, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../core/auth/api-token.schema.js';
import { NeverText } from '../../components/never-text.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { tokenStatus } from './api-tokens.api.js';

const STATUS_COLORS = { active: 'green', revoked: 'red', expired: 'gray' } as const;

interface TokenRowProps {
  token: ApiToken;
  onRevoke: (token: ApiToken) => void;
}

/** One API token in the tokens table; an active one can be revoked. */
export function TokenRow({ token, onRevoke }: TokenRowProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const status = tokenStatus(token);
  return (
    <Table.Tr>
      <Table.Td>{token.name}</Table.Td>
      <Table.Td>{t(`roles.${token.role}`)}</Table.Td>
      <Table.Td>
        <Code dir="ltr">{token.prefix}…</Code>
      </Table.Td>
      <Table.Td className="nowrap">{formatDate(token.createdAt, lang)}</Table.Td>
      <Table.Td className="nowrap">
        {token.lastUsedAt ? formatDateTime(token.lastUsedAt, lang) : <NeverText />}
      </Table.Td>
      <Table.Td className="nowrap">
        {token.expiresAt ? formatDate(token.expiresAt, lang) : <NeverText />}
      </Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLORS[status]} variant="light">
          {t(`tokens.status.${status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {status === 'active' && (
          <Button
            size="xs"
            color="red"
            variant="light"
            onClick={() => onRevoke(token)}
            aria-label={t('tokens.revokeNamed', { name: token.name })}
          >
            {t('tokens.revoke')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
