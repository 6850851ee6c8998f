import { Accordion, Button, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_AREAS, type WorkArea } from '../../../core/capacity/capacity-codes.js';
import { FormAlert } from '../../components/form-alert.js';
import { errorMessage } from '../../lib/error-message.js';
import { useOfficeOptions } from '../../lib/use-options.js';
import { addFocalPoint, FOCAL_POINTS_KEY } from './capacity.api.js';

const BLANK = { officeId: '', area: 'psea' as WorkArea, name: '', role: '', phone: '', email: '' };

/** Names the focal point of an area in a country office (admins and protection officers). */
export function FocalPointForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const offices = useOfficeOptions();
  const [draft, setDraft] = useState(BLANK);
  const set = (key: keyof typeof BLANK) => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const save = useMutation({
    mutationFn: () =>
      addFocalPoint({
        ...draft,
        phone: draft.phone.trim() || null,
        email: draft.email.trim() || null,
      }),
    onSuccess: async () => {
      setDraft(BLANK);
      await queryClient.invalidateQueries({ queryKey: FOCAL_POINTS_KEY });
    },
  });
  return (
    <Accordion variant="contained" mb="md">
      <Accordion.Item value="add">
        <Accordion.Control>{t('guidance.focal.add')}</Accordion.Control>
        <Accordion.Panel>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate();
            }}
          >
            <Stack maw={640}>
              <FormAlert message={save.isError ? errorMessage(save.error, t) : null} />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
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
                <TextInput
                  label={t('guidance.focal.name')}
                  required
                  value={draft.name}
                  onChange={(e) => set('name')(e.currentTarget.value)}
                />
                <TextInput
                  label={t('guidance.focal.role')}
                  required
                  value={draft.role}
                  onChange={(e) => set('role')(e.currentTarget.value)}
                />
                <TextInput
                  label={t('guidance.focal.phone')}
                  type="tel"
                  dir="ltr"
                  value={draft.phone}
                  onChange={(e) => set('phone')(e.currentTarget.value)}
                />
                <TextInput
                  label={t('guidance.focal.email')}
                  type="email"
                  dir="ltr"
                  value={draft.email}
                  onChange={(e) => set('email')(e.currentTarget.value)}
                />
              </SimpleGrid>
              <Button type="submit" w="fit-content" loading={save.isPending}>
                {t('guidance.focal.save')}
              </Button>
            </Stack>
          </form>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
