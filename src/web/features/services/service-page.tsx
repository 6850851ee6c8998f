import { Badge, Button, Card, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { DirectoryService } from '../../../core/services/service.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { useCurrentUser } from '../auth/use-me.js';
import { canEditDirectory, canRefer, serviceQuery } from './services.api.js';
import { ServiceEditorActions } from './verify-service.js';

/** The facts of a service, as rows of label and value (shared with the pathway). */
export function serviceFacts(s: DirectoryService, t: (key: string) => string) {
  const age =
    s.minimumAge !== null || s.maximumAge !== null
      ? `${s.minimumAge ?? 0}–${s.maximumAge ?? '…'}`
      : null;
  return [
    ['provider', s.providerName],
    ['places', s.places.map((p) => p.name).join(', ')],
    ['phone', s.phone],
    ['email', s.email],
    ['address', s.address],
    ['hours', s.hours],
    ['languages', s.languages.join(', ').toUpperCase()],
    [
      'accessibility',
      [...s.accessibility.map((a) => t(`directory.access.${a}`)), s.accessibilityNote]
        .filter(Boolean)
        .join(', '),
    ],
    ['cost', [t(`directory.cost.${s.cost}`), s.costDescription].filter(Boolean).join(' — ')],
    [
      'eligibility',
      [s.eligibility, age && `${t('directory.fields.age')} ${age}`].filter(Boolean).join(' · '),
    ],
    ['lastVerified', s.lastVerifiedOn],
  ].filter((row): row is [string, string] => Boolean(row[1]));
}

export function ServicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { role } = useCurrentUser();
  const [params] = useSearchParams();
  const caseId = params.get('caseId');
  const service = useQuery(serviceQuery(id));
  return (
    <QueryView query={service} isEmpty={() => false} emptyMessage="">
      {(s) => (
        <Stack>
          <PageHeader
            title={s.name}
            description={s.description}
            actions={
              canRefer(role) && s.status === 'active' ? (
                <Button
                  component={Link}
                  to={`/referrals/new?serviceId=${s.id}${caseId ? `&caseId=${encodeURIComponent(caseId)}` : ''}`}
                >
                  {t('referrals.form.title')}
                </Button>
              ) : undefined
            }
          />
          <Group gap="xs">
            <Badge variant="light">{t(`directory.types.${s.type}`)}</Badge>
            <Badge color={s.status === 'active' ? 'teal.9' : 'gray.7'}>
              {t(`directory.status.${s.status}`)}
            </Badge>
            {s.stale && (
              <Badge color="yellow.3" c="dark.9">
                {t('directory.stale')}
              </Badge>
            )}
          </Group>
          {canEditDirectory(role) && <ServiceEditorActions service={s} />}
          <Card withBorder>
            <Table>
              <Table.Tbody>
                {serviceFacts(s, t).map(([key, value]) => (
                  <Table.Tr key={key}>
                    <Table.Th scope="row" w="30%">
                      {t(`directory.fields.${key}`)}
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm">{value}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        </Stack>
      )}
    </QueryView>
  );
}
