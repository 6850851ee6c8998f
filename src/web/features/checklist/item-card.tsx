import { Paper, Stack } from '@mantine/core';
import type { ChecklistItemView } from '../../../core/checklists/checklist.schema.js';
import { AnswerEditor } from './answer-editor.js';
import { ItemBadges } from './item-badges.js';
import { FollowUps, ItemText, ReadOnlyAnswer, WaiverNote } from './item-parts.js';

export interface ItemPermissions {
  canAnswer: boolean;
  canWaive: boolean;
  canCreateAction: boolean;
}

interface ItemCardProps extends ItemPermissions {
  projectId: string;
  item: ChecklistItemView;
  onWaive: (item: ChecklistItemView) => void;
  onCreateAction: (item: ChecklistItemView) => void;
}

/** One checklist item: text, badges, guidance, waiver, answer, and the follow-up buttons. */
export function ItemCard({ projectId, item, onWaive, onCreateAction, ...can }: ItemCardProps) {
  const textId = `item-text-${item.id}`;
  const status = item.answer?.status;
  const waivable = can.canWaive && item.mandatory && !item.waiver && status !== 'met';
  const actionable = can.canCreateAction && (status === 'partly' || status === 'not_met');
  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      id={`item-${item.id}`}
      tabIndex={-1}
      className="checklist-item"
    >
      <Stack gap="xs">
        <ItemBadges item={item} />
        <ItemText item={item} textId={textId} />
        <WaiverNote item={item} />
        {can.canAnswer ? (
          <AnswerEditor projectId={projectId} item={item} describedBy={textId} />
        ) : (
          <ReadOnlyAnswer item={item} />
        )}
        <FollowUps
          textId={textId}
          onWaive={waivable ? () => onWaive(item) : null}
          onCreateAction={actionable ? () => onCreateAction(item) : null}
        />
      </Stack>
    </Paper>
  );
}
