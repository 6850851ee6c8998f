import { Accordion, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { WORK_AREAS, type WorkArea } from '../../../core/capacity/capacity-codes.js';
import type { FocalPoint } from '../../../core/capacity/focal-point.schema.js';
import { useOfficeOptions } from '../../lib/use-options.js';
import { addFocalPoint, FOCAL_POINTS_KEY, updateFocalPoint } from './capacity.api.js';
import { fieldError } from './capacity-conflict.js';
import { SaveProblem, useRecordDraft } from './use-record-draft.js';

const BLANK = { officeId: '', area: 'psea' as WorkArea, name: '', role: '', phone: '', email: '' };
type Draft = typeof BLANK;

const draftOf = (p: FocalPoint): Draft => ({
  officeId: p.office.id,
  area: p.area,
  name: p.name,
  role: p.role,
  phone: p.phone ?? '',
  email: p.email ?? '',
});

function useSaveFocalPoint(onSaved: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ draft, point }: { draft: Draft; point?: FocalPoint }) => {
      const body = {
        ...draft,
        phone: draft.phone.trim() || null,
        email: draft.email.trim() || null,
      };
      return point
        ? updateFocalPoint(point.id, { ...body, version: point.version })
        : addFocalPoint(body);
    },
    onSuccess: async () => {
      onSaved();
      await queryClient.invalidateQueries({ queryKey: FOCAL_POINTS_KEY });
    },
  });
}

function OfficeAndArea({
  draft,
  set,
}: {
  draft: Draft;
  set: (k: keyof Draft) => (v: string) => void;
}) {
  const { t } = useTranslation();
  const offices = useOfficeOptions();
  return (
    <>
      <Select
        label={t('guidance.focal.office')}
        required
        data={offices.options}
        value={draft.officeId || null}
        onChange={(v) => set('officeId')(v ?? '')}
      />
      <Select
        label={t('guidance.area')}
        allowDeselect={false}
        data={WORK_AREAS.map((a) => ({ value: a, label: t(`guidance.areas.${a}`) }))}
        value={draft.area}
        onChange={(v) => v && set('area')(v)}
      />
    </>
  );
}

/**
 * The fields of a focal point: a new one names the office and area; an edit (`point`) changes the
 * person and their contact, with the version read. Server field errors sit next to the fields.
 */
export function FocalPointEditor({ point, onDone }: { point?: FocalPoint; onDone?: () => void }) {
  const { t } = useTranslation();
  const { current, draft, set, load, clear } = useRecordDraft(point, draftOf, BLANK);
  const save = useSaveFocalPoint(() => {
    if (!point) clear();
    onDone?.();
  });
  const issue = (name: string) => fieldError(save.error, name);
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ draft, ...(current ? { point: current } : {}) });
      }}
    >
      <Stack maw={640}>
        <SaveProblem<FocalPoint>
          error={save.error}
          onLoadLatest={(latest) => {
            load(latest);
            save.reset();
          }}
        />
        <SimpleGrid cols={{ base: 1, sm: point ? 1 : 2 }}>
          {!point && <OfficeAndArea draft={draft} set={set} />}
          <TextInput
            label={t('guidance.focal.name')}
            required
            value={draft.name}
            onChange={(e) => set('name')(e.currentTarget.value)}
            error={issue('name')}
          />
          <TextInput
            label={t('guidance.focal.role')}
            required
            value={draft.role}
            onChange={(e) => set('role')(e.currentTarget.value)}
            error={issue('role')}
          />
          <TextInput
            label={t('guidance.focal.phone')}
            type="tel"
            dir="ltr"
            value={draft.phone}
            onChange={(e) => set('phone')(e.currentTarget.value)}
            error={issue('phone')}
          />
          <TextInput
            label={t('guidance.focal.email')}
            type="email"
            dir="ltr"
            value={draft.email}
            onChange={(e) => set('email')(e.currentTarget.value)}
            error={issue('email')}
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit" w="fit-content" loading={save.isPending}>
            {t('guidance.focal.save')}
          </Button>
          {onDone && (
            <Button variant="default" onClick={onDone}>
              {t('guidance.edit.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** Names the focal point of an area in a country office (admins and protection officers). */
export function FocalPointForm() {
  const { t } = useTranslation();
  return (
    <Accordion variant="contained" mb="md">
      <Accordion.Item value="add">
        <Accordion.Control>{t('guidance.focal.add')}</Accordion.Control>
        <Accordion.Panel>
          <FocalPointEditor />
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
