import { Fieldset, Group, NumberInput, Table, Text } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PARTICIPANT_GROUPS } from '../../../core/participation/consultation.schema.js';
import { SEXES } from '../../../core/reach/sex.js';
import { TableRegion } from '../../components/table-region.js';
import type { useConsultationForm } from './use-consultation-form.js';

type Form = ReturnType<typeof useConsultationForm>['form'];

/** Participants by age bracket (rows) × sex (columns): one number per cell, the total live. */
export function ParticipantsField({ form, brackets }: { form: Form; brackets: readonly string[] }) {
  const { t } = useTranslation();
  const cells = useWatch({ control: form.control, name: 'participants' }) ?? [];
  const total = cells.reduce((sum, c) => sum + (Number(c.count) || 0), 0);
  const error = form.formState.errors.participants;
  return (
    <Fieldset legend={t('participation.form.participants')}>
      <TableRegion label={t('participation.form.participants')} minWidth={440}>
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('participation.form.age')}</Table.Th>
              {SEXES.map((sex) => (
                <Table.Th key={sex} scope="col">
                  {t(`participation.sexes.${sex}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {brackets.map((bracket, row) => (
              <Table.Tr key={bracket}>
                <Table.Th scope="row" className="nowrap">
                  <bdi>{bracket}</bdi>
                </Table.Th>
                {SEXES.map((sex, column) => (
                  <Table.Td key={sex}>
                    <Controller
                      control={form.control}
                      name={`participants.${row * SEXES.length + column}.count`}
                      render={({ field }) => (
                        <NumberInput
                          aria-label={t('participation.form.cellLabel', {
                            sex: t(`participation.sexes.${sex}`),
                            age: bracket,
                          })}
                          min={0}
                          allowDecimal={false}
                          allowNegative={false}
                          hideControls
                          w={72}
                          value={field.value}
                          onChange={(v) => field.onChange(typeof v === 'number' ? v : 0)}
                        />
                      )}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableRegion>
      <Text mt="xs" aria-live="polite">
        {t('participation.form.total', { count: total })}
      </Text>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error.message ?? error.root?.message ?? t('participation.form.participantsInvalid')}
        </Text>
      )}
      <GroupCounts form={form} />
    </Fieldset>
  );
}

/** Among them: persons with disabilities, older persons, minorities (0 when not counted). */
function GroupCounts({ form }: { form: Form }) {
  const { t } = useTranslation();
  const groups = useWatch({ control: form.control, name: 'groups' }) ?? [];
  const countOf = (group: string) => groups.find((g) => g.group === group)?.count ?? 0;
  const setCount = (group: (typeof PARTICIPANT_GROUPS)[number], count: number) => {
    const others = groups.filter((g) => g.group !== group);
    form.setValue('groups', [...others, { group, count }], { shouldDirty: true });
  };
  return (
    <Group mt="sm" gap="sm" align="flex-end">
      {PARTICIPANT_GROUPS.map((group) => (
        <NumberInput
          key={group}
          label={t(`participation.groups.${group}`)}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          w={{ base: '100%', xs: 190 }}
          value={countOf(group)}
          onChange={(v) => setCount(group, typeof v === 'number' ? v : 0)}
          error={form.formState.errors.groups?.message}
        />
      ))}
    </Group>
  );
}
