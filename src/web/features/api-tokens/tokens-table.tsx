import { Badge, Button, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../core/auth/api-token.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { tokenStatus } from './api-tokens.api.js';
import { TableRegion } from '../../components/table-region.js';

const STATUS_COLORS = { active: 'green', revoked: 'red', expired: 'gray' } as const;

/** API tokens with their status; active ones can be revoked. */
export function TokensTable({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke: (token: ApiToken) => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const never = (
    <Text span size="sm" c="dimmed">
      {t('common.never')}
    </Text>
  );
  return (
    <TableRegion label={t('tokens.caption')} minWidth={820}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('tokens.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tokens.columns.name')}</Table.Th>
            <Table.Th>{t('tokens.columns.role')}</Table.Th>
            <Table.Th>{t('tokens.columns.prefix')}</Table.Th>
            <Table.Th>{t('tokens.columns.created')}</Table.Th>
            <Table.Th>{t('tokens.columns.lastUsed')}</Table.Th>
            <Table.Th>{t('tokens.columns.expires')}</Table.Th>
            <Table.Th>{t('tokens.columns.status')}</Table.Th>
            <Table.Th>
              <span className="visually-hidden">{t('tokens.columns.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => {
            const status = tokenStatus(token);
            return (
              <Table.Tr key={token.id}>
                <Table.Td>{token.name}</Table.Td>
                <Table.Td>{t(`roles.${token.role}`)}</Table.Td>
                <Table.Td>
                  <Code dir="ltr">{token.prefix}…</Code>
                </Table.Td>
                <Table.Td className="nowrap">{formatDate(token.createdAt, lang)}</Table.Td>
                <Table.Td className="nowrap">{token.lastUsedAt ? formatDateTime(token.lastUsedAt, lang) : never}</Table.Td>
                <Table.Td className="nowrap">{token.expiresAt ? formatDate(token.expiresAt, lang) : never}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[status]} variant="light">
                    {t(`tokens.status.${status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {status === 'active' && (
                    <Button size="xs" color="red" variant="light" onClick={() => onRevoke(token)} aria-label={t('tokens.revokeNamed', { name: token.name })}>
                      {t('tokens.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
