import { Table, UnstyledButton } from '@mantine/core';

interface SortableHeaderProps {
  label: string;
  /** 'ascending' | 'descending' when the table is sorted by this column. */
  direction: 'ascending' | 'descending' | null;
  onSort: () => void;
}

/** A column header that sorts the table; screen readers hear the order through aria-sort. */
export function SortableHeader({ label, direction, onSort }: SortableHeaderProps) {
  const arrow = direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  return (
    <Table.Th aria-sort={direction ?? 'none'}>
      <UnstyledButton onClick={onSort} fw={700} fz="sm" className="sort-button">
        {label}
        <span aria-hidden="true" className="sort-arrow">
          {arrow}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
