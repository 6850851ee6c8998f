import { Table } from '@mantine/core';

interface TableRegionProps {
  label: string;
  minWidth: number;
  children: React.ReactNode;
}

/**
 * A table that scrolls sideways on narrow screens. The scroller is focusable and named, so
 * keyboard users can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function TableRegion({ label, minWidth, children }: TableRegionProps) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      tabIndex={0}
      role="region"
      aria-label={label}
      className="table-region"
    >
      {children}
    </Table.ScrollContainer>
  );
}
