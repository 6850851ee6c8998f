/** A share or a ratio as a whole percentage in the reader's language ("—" when withheld). */
export function percent(value: number | null, lang: string): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** A count in the reader's language ("—" when withheld: see the legend under each table). */
export function count(value: number | null, lang: string): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(lang).format(value);
}
