import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  listFocalPointsQuerySchema,
  type FocalPoint,
} from '../../../core/capacity/focal-point.schema.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryView } from '../../components/query-view.js';
import { useLanguage } from '../../i18n/use-language.js';
import { countryLabel } from '../../lib/country-names.js';
import { useListParams } from '../../lib/use-list-params.js';
import { officesQuery } from '../users/users.api.js';
import { useCurrentUser } from '../auth/use-me.js';
import { ConfirmRemoveButton } from '../../components/confirm-remove-button.js';
import { FOCAL_POINTS_KEY, focalPointsQuery, removeFocalPoint } from './capacity.api.js';
import { canEditFocalPoints, canUpdateFocalPoints } from './capacity-labels.js';
import { FocalPointEditor, FocalPointForm } from './focal-point-form.js';

/** Removes a focal point after a second, explicit tap. */
function RemoveButton({ point }: { point: FocalPoint }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => removeFocalPoint(point.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: FOCAL_POINTS_KEY }),
  });
  return (
    <ConfirmRemoveButton
      label={t('guidance.focal.remove')}
      accessibleLabel={t('guidance.focal.removeNamed', { name: point.name })}
      confirmLabel={t('guidance.focal.confirmRemove', { name: point.name })}
      keepLabel={t('guidance.focal.keep')}
      pending={remove.isPending}
      onConfirm={() => remove.mutate()}
    />
  );
}

/** One focal point as a card: on a phone, the name and a number to tap come first. */
function FocalPointCard({
  point,
  editable,
  removable,
}: {
  point: FocalPoint;
  editable: boolean;
  removable: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [isEditing, setEditing] = useState(false);
  if (isEditing)
    return (
      <Card withBorder component="article" data-area={point.area}>
        <Text fw={700} mb="sm">
          {t('guidance.focal.editTitle', { name: point.name })}
        </Text>
        <FocalPointEditor point={point} onDone={() => setEditing(false)} />
      </Card>
    );

  return (
    <Card withBorder component="article" data-area={point.area}>
      <Stack gap={4}>
        <Badge variant="light" w="fit-content">
          {t(`guidance.areas.${point.area}`)}
        </Badge>
        <Text fw={700}>{point.name}</Text>
        <Text size="sm">{point.role}</Text>
        <Text size="sm" c="dimmed">
          {point.office.name} · {countryLabel(point.office.country, lang)}
        </Text>
        {point.phone && (
          <Anchor href={`tel:${point.phone.replace(/[^+0-9]/g, '')}`} dir="ltr" w="fit-content">
            <bdi>{point.phone}</bdi>
          </Anchor>
        )}
        {point.email && (
          <Anchor href={`mailto:${point.email}`} dir="ltr" w="fit-content">
            <bdi>{point.email}</bdi>
          </Anchor>
        )}
        <Group gap="xs">
          {editable && (
            <Button
              variant="subtle"
              size="xs"
              aria-label={t('guidance.focal.editNamed', { name: point.name })}
              onClick={() => setEditing(true)}
            >
              {t('guidance.focal.edit')}
            </Button>
          )}
          {removable && <RemoveButton point={point} />}
        </Group>
      </Stack>
    </Card>
  );
}

/** Who to call: the focal point of each area of work per country office, filtered by country. */
export function FocalPointsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { role } = useCurrentUser();
  const { query, update } = useListParams(listFocalPointsQuerySchema);
  const points = useQuery(focalPointsQuery(query));
  const offices = useQuery(officesQuery);
  const countries = [...new Set((offices.data?.items ?? []).map((o) => o.country))];
  return (
    <>
      <PageHeader title={t('guidance.focal.title')} description={t('guidance.focal.intro')} />
      <Select
        mb="md"
        maw={320}
        label={t('guidance.focal.country')}
        clearable
        data={countries.map((c) => ({ value: c, label: countryLabel(c, lang) }))}
        value={query.country ?? null}
        onChange={(v) => update({ country: v ?? undefined })}
      />
      {canEditFocalPoints(role) && <FocalPointForm />}
      <QueryView
        query={points}
        isEmpty={(r) => r.items.length === 0}
        emptyMessage={t('guidance.focal.empty')}
      >
        {(result) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {result.items.map((p) => (
              <FocalPointCard
                key={p.id}
                point={p}
                editable={canUpdateFocalPoints(role)}
                removable={canEditFocalPoints(role)}
              />
            ))}
          </SimpleGrid>
        )}
      </QueryView>
    </>
  );
}
