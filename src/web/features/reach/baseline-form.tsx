import {
  Button,
  Card,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../core/errors.js';
import type { GroupCountInput } from '../../../core/reach/baseline.schema.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { SuccessAlert } from '../../components/success-alert.js';
import { settingsQuery } from '../settings/settings.api.js';
import { BASELINES_QUERY_KEY, createBaseline } from './reach.api.js';

const SEXES = ['female', 'male', 'other', 'not_stated'] as const;
const DISABILITIES = ['disabled', 'not_disabled', 'unknown'] as const;

/** Field errors of the server, by path. */
const fieldErrors = (error: unknown): Record<string, string> => {
  if (!AppError.isAppError(error)) return {};
  const fields =
    (error.details as { fields?: { path: string; message?: string; code: string }[] })?.fields ??
    [];
  return Object.fromEntries(fields.map((f) => [f.path, f.message ?? f.code]));
};

/**
 * A baseline: place, date and source, then one card per age bracket holding the sex × disability
 * counts (a grid that stacks on a phone). Empty cells are not sent.
 */
export function BaselineForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(settingsQuery);
  const brackets = settings.data?.ageBrackets ?? [];
  const [head, setHead] = useState({ locationPcode: '', referenceDate: '', source: '' });
  const [counts, setCounts] = useState<Record<string, number | ''>>({});
  const cells = (): GroupCountInput[] =>
    Object.entries(counts).flatMap(([key, count]) => {
      if (count === '') return [];
      const [sex, ageBracket, disability] = key.split('|') as [
        GroupCountInput['sex'],
        string,
        GroupCountInput['disability'],
      ];
      return [{ sex, ageBracket, disability, count }];
    });
  const save = useMutation({
    mutationFn: () => createBaseline({ ...head, counts: cells() }),
    onSuccess: () => {
      setCounts({});
      void queryClient.invalidateQueries({ queryKey: BASELINES_QUERY_KEY });
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <Card
      withBorder
      padding="md"
      component="form"
      aria-labelledby="baseline-form"
      onSubmit={(e: React.FormEvent) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="sm">
        <Title order={2} fz="lg" id="baseline-form">
          {t('reach.baseline.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('reach.place')}
            description={t('reach.baseline.pcodeHint')}
            required
            value={head.locationPcode}
            error={errors.locationPcode}
            onChange={(e) =>
              setHead({ ...head, locationPcode: e.currentTarget.value.toUpperCase() })
            }
          />
          <TextInput
            type="date"
            label={t('reach.baseline.date')}
            required
            value={head.referenceDate}
            error={errors.referenceDate}
            onChange={(e) => setHead({ ...head, referenceDate: e.currentTarget.value })}
          />
          <TextInput
            label={t('reach.baseline.source')}
            required
            value={head.source}
            error={errors.source}
            onChange={(e) => setHead({ ...head, source: e.currentTarget.value })}
          />
        </SimpleGrid>
        {brackets.map((bracket) => (
          <fieldset key={bracket.code} className="baseline-bracket">
            <legend>
              <Text fw={600} span>
                <span dir="ltr">{bracket.code}</span>
              </Text>
            </legend>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
              {SEXES.flatMap((sex) =>
                DISABILITIES.map((d) => {
                  const key = `${sex}|${bracket.code}|${d}`;
                  return (
                    <NumberInput
                      key={key}
                      label={`${t(`reach.sexes.${sex}`)} · ${t(`reach.disabilities.${d}`)}`}
                      min={0}
                      allowDecimal={false}
                      allowNegative={false}
                      value={counts[key] ?? ''}
                      onChange={(v) =>
                        setCounts((c) => ({ ...c, [key]: typeof v === 'number' ? v : '' }))
                      }
                    />
                  );
                }),
              )}
            </SimpleGrid>
          </fieldset>
        ))}
        {save.error && <ErrorAlert error={save.error} />}
        {save.isSuccess && (
          <SuccessAlert message={t('reach.baseline.saved')} onClose={() => save.reset()} />
        )}
        <Button
          type="submit"
          loading={save.isPending}
          disabled={cells().length === 0}
          w="fit-content"
        >
          {t('reach.baseline.save')}
        </Button>
      </Stack>
    </Card>
  );
}
