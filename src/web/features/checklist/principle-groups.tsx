import { Stack, Title } from '@mantine/core';
import type { ChecklistItemView } from '../../../core/checklists/checklist.schema.js';
import { useFrameworkNames } from '../projects/use-project-options.js';
import { ItemCard, type ItemPermissions } from './item-card.js';

interface PrincipleGroupsProps extends ItemPermissions {
  projectId: string;
  items: ChecklistItemView[];
  onWaive: (item: ChecklistItemView) => void;
  onCreateAction: (item: ChecklistItemView) => void;
}

/** Groups items by principle, in the framework's order of principles. */
export function groupByPrinciple(items: ChecklistItemView[], order: string[]) {
  const groups = new Map<string, ChecklistItemView[]>();
  for (const code of order) groups.set(code, []);
  for (const item of items) {
    const group = groups.get(item.principle) ?? [];
    group.push(item);
    groups.set(item.principle, group);
  }
  return [...groups].filter(([, group]) => group.length > 0);
}

/** The items of the checklist in view, one section per principle. */
export function PrincipleGroups({ items, ...props }: PrincipleGroupsProps) {
  const { principles, principleName } = useFrameworkNames();
  const groups = groupByPrinciple(
    items,
    principles.map((p) => p.code),
  );
  return (
    <Stack gap="xl">
      {groups.map(([principle, group]) => (
        <section key={principle} aria-labelledby={`principle-${principle}`}>
          <Title order={2} fz="h3" id={`principle-${principle}`} mb="sm">
            {principleName(principle)}
          </Title>
          <Stack gap="sm" component="ul" className="plain-list">
            {group.map((item) => (
              <li key={item.id}>
                <ItemCard item={item} {...props} />
              </li>
            ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}
