import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiToken } from '../../../core/auth/api-token.schema.js';
import { TableRegion } from '../../components/table-region.js';
import { TokenRow } from './token-row.js';

const COLUMNS = ['name', 'role', 'prefix', 'created', 'lastUsed', 'expires', 'status'] as const;

interface TokensTableProps {
  tokens: ApiToken[];
  onRevoke: (token: ApiToken) => void;
}

/** API tokens with their status. */
export function TokensTable({ tokens, onRevoke }: TokensTableProps) {
  const { t } = useTranslation();
  return (
    <TableRegion label={t('tokens.caption')} minWidth={820}>
      <Table striped verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('tokens.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((column) => (
              <Table.Th key={column}>{t(`tokens.columns.${column}`)}</Table.Th>
            ))}
            <Table.Th>
              <span className="visually-hidden">{t('tokens.columns.actions')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => (
            <TokenRow key={token.id} token={token} onRevoke={onRevoke} />
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}
