import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api, toQueryString } from '../../api/client.js';
import { useLanguage } from '../../i18n/use-language.js';
import { placeName } from './risk-labels.js';
import type { useRiskForm } from './use-risk-form.js';

type Form = ReturnType<typeof useRiskForm>['form'];
interface PlaceItem {
  pcode: string;
  names: Record<string, string | undefined>;
}

/** Suggestions from the gazetteer search; none (typing the P-code still works) if it fails. */
function usePlaceSuggestions(text: string) {
  const [q] = useDebouncedValue(text.trim(), 300);
  return useQuery({
    queryKey: ['locations', 'search', q],
    queryFn: () =>
      api.get<{ items: PlaceItem[] }>(`/api/v1/locations${toQueryString({ q, pageSize: 10 })}`),
    enabled: q.length >= 2,
    retry: false,
    staleTime: 60_000,
  });
}

/** The place, by P-code: type it, or pick one found by name or code. */
export function PlaceField({ form }: { form: Form }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <Controller
      control={form.control}
      name="locationPcode"
      render={({ field, fieldState }) => (
        <PlaceInput
          value={field.value}
          onChange={field.onChange}
          label={t('risk.form.place')}
          description={t('risk.form.placeHint')}
          error={
            fieldState.error &&
            (fieldState.error.type === 'server'
              ? fieldState.error.message
              : t('risk.form.placeInvalid'))
          }
          lang={lang}
        />
      )}
    />
  );
}

interface PlaceInputProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  description: string;
  error: string | undefined;
  lang: ReturnType<typeof useLanguage>;
}

function PlaceInput({ value, onChange, label, description, error, lang }: PlaceInputProps) {
  const suggestions = usePlaceSuggestions(value);
  const data = (suggestions.data?.items ?? []).map(
    (p) => `${p.pcode} — ${placeName(p, p.pcode, lang)}`,
  );
  return (
    <Autocomplete
      label={label}
      description={description}
      required
      value={value}
      onChange={(next) => onChange(next.split(' — ')[0]!.trim().toUpperCase())}
      data={data}
      filter={({ options }) => options}
      error={error}
      autoCapitalize="characters"
      dir="ltr"
    />
  );
}
