import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistItemView } from '../../../core/checklists/checklist.schema.js';
import { useFrameworkNames } from '../projects/use-project-options.js';

/** Mandatory, evidence-required, sector and waived markers of an item. */
export function ItemBadges({ item }: { item: ChecklistItemView }) {
  const { t } = useTranslation();
  const { sectorName } = useFrameworkNames();
  return (
    <Group gap={6}>
      {item.mandatory && (
        <Badge color="red" variant="light" size="sm">
          {t('checklist.mandatory')}
        </Badge>
      )}
      {item.evidenceRequired && (
        <Badge color="blue" variant="light" size="sm">
          {t('checklist.evidenceRequired')}
        </Badge>
      )}
      {item.sector && (
        <Badge color="gray" variant="light" size="sm">
          {sectorName(item.sector)}
        </Badge>
      )}
      {item.waiver && (
        <Badge color="orange" variant="light" size="sm">
          {t('checklist.waived')}
        </Badge>
      )}
    </Group>
  );
}
