import { Autocomplete } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { api, toQueryString } from '../../api/client.js';
import { useLanguage } from '../../i18n/use-language.js';
import { placeLabel } from './participation-labels.js';

interface PlaceItem {
  pcode: string;
  names: Record<string, string | undefined>;
}

interface PlaceInputProps {
  value: string;
  onChange: (value: string) => void;
  label: string;
  description?: string;
  error?: string | undefined;
  required?: boolean;
}

/** A place by P-code: type it, or pick one the gazetteer finds by name or code. */
export function PlaceInput({
  value,
  onChange,
  label,
  description,
  error,
  required,
}: PlaceInputProps) {
  const lang = useLanguage();
  const [q] = useDebouncedValue(value.trim(), 300);
  const suggestions = useQuery({
    queryKey: ['locations', 'search', q],
    queryFn: () =>
      api.get<{ items: PlaceItem[] }>(`/api/v1/locations${toQueryString({ q, pageSize: 10 })}`),
    enabled: q.length >= 2,
    retry: false,
    staleTime: 60_000,
  });
  const data = (suggestions.data?.items ?? []).map(
    (p) => `${p.pcode} — ${placeLabel(p, p.pcode, lang)}`,
  );
  return (
    <Autocomplete
      label={label}
      description={description}
      required={required}
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
