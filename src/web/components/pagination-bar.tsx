import { Group, NativeSelect, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

interface PaginationBarProps {
  page: number;
  pageSize: number;
  total: number;
  /** Called with the new page, or the new page size. */
  onChange: (change: { page: number } | { pageSize: number }) => void;
}

/** Page numbers, rows per page and the total, under a paginated table. */
export function PaginationBar({ page, pageSize, total, onChange }: PaginationBarProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const labels = {
    first: t('pagination.first'),
    previous: t('pagination.previous'),
    next: t('pagination.next'),
    last: t('pagination.last'),
  };
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('pagination.range', { from, to, total })}
      </Text>
      <Group gap="sm">
        <PageSizeSelect value={pageSize} onChange={(size) => onChange({ pageSize: size })} />
        <nav aria-label={t('pagination.label')}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={(next) => onChange({ page: next })}
            size="sm"
            siblings={1}
            boundaries={1}
            getControlProps={(control) => ({ 'aria-label': labels[control] })}
            getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
          />
        </nav>
      </Group>
    </Group>
  );
}

function PageSizeSelect({ value, onChange }: { value: number; onChange: (size: number) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('pagination.pageSize')}
      value={String(value)}
      onChange={(event) => onChange(Number(event.currentTarget.value))}
      data={PAGE_SIZES.map(String)}
      size="xs"
      styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 } }}
    />
  );
}
