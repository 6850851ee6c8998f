import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Link } from 'react-router';
import {
  ACCESSIBILITY_FEATURES,
  listServicesQuerySchema,
  SERVICE_TYPES,
  type DirectoryService,
} from '../../../core/services/service.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { PaginationBar } from '../../components/pagination-bar.js';
import { QueryView } from '../../components/query-view.js';
import { useListParams } from '../../lib/use-list-params.js';
import { useCurrentUser } from '../auth/use-me.js';
import { HsdsImportPanel } from './hsds-import.js';
import { canEditDirectory, directoryExportHref, servicesQuery } from './services.api.js';

const WIDTH = { base: '100%', xs: 200 };

/** The directory's filters, and the feedback case being referred when one is (`caseId`). */
const directoryParamsSchema = listServicesQuerySchema.extend({ caseId: z.uuid().optional() });

function ServiceCard({ service, caseId }: { service: DirectoryService; caseId?: string }) {
  const { t } = useTranslation();
  const to = `/directory/${service.id}${caseId ? `?caseId=${caseId}` : ''}`;
  return (
    <Card withBorder padding="md" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Anchor component={Link} to={to} fw={600}>
          {service.name}
        </Anchor>
        <Badge variant="light">{t(`directory.types.${service.type}`)}</Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {service.providerName} · {service.places.map((p) => p.name).join(', ')}
      </Text>
      <Group gap="xs" mt="xs">
        <Badge variant="default">{t(`directory.cost.${service.cost}`)}</Badge>
        {service.status === 'inactive' && (
          <Badge color="gray.7">{t('directory.status.inactive')}</Badge>
        )}
        {service.stale && (
          <Badge color="yellow.3" c="dark.9">
            {t('directory.stale')}
          </Badge>
        )}
      </Group>
      {service.phone && (
        <Text size="sm" mt="xs" dir="ltr">
          {service.phone}
        </Text>
      )}
    </Card>
  );
}

/** The directory: search by type, place (with the places above it), language, access, cost. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const { role } = useCurrentUser();
  const { query: params, update } = useListParams(directoryParamsSchema);
  const { caseId, ...query } = params;
  const list = useQuery(servicesQuery(query));
  const { page: _p, pageSize: _s, sort: _o, ...filter } = query;
  const select = (
    key: 'type' | 'accessibility',
    values: readonly string[],
    label: (v: string) => string,
  ) => (
    <Select
      label={t(`directory.filters.${key}`)}
      placeholder={t('directory.filters.any')}
      data={values.map((v) => ({ value: v, label: label(v) }))}
      value={query[key] ?? null}
      onChange={(value) => update({ [key]: value ?? undefined })}
      clearable
      w={WIDTH}
    />
  );
  return (
    <>
      <PageHeader
        title={t('directory.title')}
        description={t('directory.intro')}
        actions={
          <Group gap="sm">
            <Button component={Link} to="/directory/pathway" variant="default">
              {t('directory.pathway.title')}
            </Button>
            {canEditDirectory(role) && (
              <Button component={Link} to="/directory/new">
                {t('directory.form.title')}
              </Button>
            )}
          </Group>
        }
      />
      {caseId && (
        <Alert color="blue" mb="md" role="status">
          {t('directory.referringCase')}
        </Alert>
      )}
      <Group align="flex-end" gap="sm" mb="md">
        <TextInput
          label={t('directory.filters.q')}
          defaultValue={query.q ?? ''}
          onBlur={(e) => update({ q: e.currentTarget.value.trim() || undefined })}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          w={WIDTH}
        />
        {select('type', SERVICE_TYPES, (v) => t(`directory.types.${v}`))}
        <TextInput
          label={t('directory.filters.place')}
          defaultValue={query.place ?? ''}
          onBlur={(e) => update({ place: e.currentTarget.value.trim().toUpperCase() || undefined })}
          onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
          w={WIDTH}
        />
        <TextInput
          label={t('directory.filters.language')}
          defaultValue={query.language ?? ''}
          onBlur={(e) =>
            update({ language: e.currentTarget.value.trim().toLowerCase() || undefined })
          }
          w={{ base: '100%', xs: 120 }}
        />
        {select('accessibility', ACCESSIBILITY_FEATURES, (v) => t(`directory.access.${v}`))}
        <Switch
          label={t('directory.filters.free')}
          checked={query.free === 'true'}
          onChange={(e) => update({ free: e.currentTarget.checked ? 'true' : undefined })}
          mb={8}
        />
      </Group>
      <QueryView
        query={list}
        isEmpty={(page) => page.items.length === 0}
        emptyMessage={t('directory.empty')}
      >
        {(page) => (
          <Stack>
            <SimpleGrid cols={{ base: 1, md: 2 }} component="ul" className="plain-list">
              {page.items.map((s) => (
                <ServiceCard key={s.id} service={s} caseId={caseId} />
              ))}
            </SimpleGrid>
            <PaginationBar
              page={query.page}
              pageSize={query.pageSize}
              total={page.total}
              onChange={update}
            />
          </Stack>
        )}
      </QueryView>
      <Group gap="sm" mt="md">
        <Text size="sm">{t('directory.export')}</Text>
        {(['csv', 'xlsx', 'hsds'] as const).map((f) => (
          <Anchor key={f} href={directoryExportHref(f, filter)} size="sm">
            {t(`directory.formats.${f}`)}
          </Anchor>
        ))}
      </Group>
      {canEditDirectory(role) && <HsdsImportPanel />}
    </>
  );
}
