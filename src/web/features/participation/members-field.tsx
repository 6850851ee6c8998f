import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  Stack,
} from '@mantine/core';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MEMBER_ROLES } from '../../../core/participation/committee.schema.js';
import { SEXES } from '../../../core/reach/sex.js';
import type { useCommitteeForm } from './use-committee-form.js';

type Form = ReturnType<typeof useCommitteeForm>['form'];

/** Members counted by role, sex, age bracket, disability and minority: no names. */
export function MembersField({ form, brackets }: { form: Form; brackets: readonly string[] }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'members' });
  const select = (
    index: number,
    name: 'role' | 'sex' | 'ageBracket',
    data: { value: string; label: string }[],
    w: number,
  ) => (
    <Controller
      control={form.control}
      name={`members.${index}.${name}`}
      render={({ field, fieldState }) => (
        <Select
          label={t(`participation.committee.${name}`)}
          data={data}
          value={field.value}
          onChange={(v) => v && field.onChange(v)}
          allowDeselect={false}
          error={fieldState.error?.message}
          w={{ base: '100%', xs: w }}
        />
      )}
    />
  );
  return (
    <Fieldset legend={t('participation.committee.members')}>
      <Stack gap="md">
        {fields.map((field, index) => (
          <Group key={field.id} align="flex-end" gap="xs" wrap="wrap">
            {select(
              index,
              'role',
              MEMBER_ROLES.map((r) => ({ value: r, label: t(`participation.roles.${r}`) })),
              150,
            )}
            {select(
              index,
              'sex',
              SEXES.map((s) => ({ value: s, label: t(`participation.sexes.${s}`) })),
              150,
            )}
            {select(
              index,
              'ageBracket',
              brackets.map((b) => ({ value: b, label: b })),
              110,
            )}
            <Controller
              control={form.control}
              name={`members.${index}.count`}
              render={({ field: count, fieldState }) => (
                <NumberInput
                  label={t('participation.committee.count')}
                  min={1}
                  allowDecimal={false}
                  w={90}
                  value={count.value}
                  onChange={(v) => count.onChange(typeof v === 'number' ? v : 0)}
                  error={fieldState.error && t('participation.committee.countInvalid')}
                />
              )}
            />
            <Checkbox
              label={t('participation.committee.hasDisability')}
              mb={8}
              {...form.register(`members.${index}.hasDisability`)}
            />
            <Checkbox
              label={t('participation.committee.isMinority')}
              mb={8}
              {...form.register(`members.${index}.isMinority`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('participation.committee.removeMember')}
              disabled={fields.length === 1}
              onClick={() => remove(index)}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="default"
          size="xs"
          w="fit-content"
          onClick={() =>
            append({
              role: 'member',
              sex: 'female',
              ageBracket: brackets.includes('18-59') ? '18-59' : brackets[0]!,
              count: 1,
            })
          }
        >
          {t('participation.committee.addMember')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
