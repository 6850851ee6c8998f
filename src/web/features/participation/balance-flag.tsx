import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Committee } from '../../../core/participation/participation-api.schema.js';

const percent = (share: number) => `${Math.round(share * 100)} %`;

/** The balance indicator as flags that say, in words, whether each target is met. */
export function BalanceFlags({
  balance,
  targets,
}: {
  balance: Committee['balance'];
  targets?: Committee['targets'];
}) {
  const { t } = useTranslation();
  const flag = (met: boolean, text: string) => (
    <Badge
      color={met ? 'teal.9' : 'red.9'}
      variant="filled"
      size="lg"
      tt="none"
      maw="100%"
      // A flag is a sentence: on a phone it wraps instead of being cut.
      styles={{ root: { height: 'auto', paddingBlock: 4 }, label: { whiteSpace: 'normal' } }}
    >
      {met ? '✓' : '!'} {text}
    </Badge>
  );
  return (
    <Group gap="xs">
      {flag(
        balance.womenFlag === 'met',
        t('participation.balance.women', {
          share: percent(balance.womenShare),
          target: targets ? percent(targets.womenShare) : '',
        }),
      )}
      {flag(
        balance.disabilityFlag === 'met',
        t('participation.balance.disability', {
          share: percent(balance.disabilityShare),
          target: targets ? percent(targets.disabilityShare) : '',
        }),
      )}
      {flag(
        balance.womenInLeadership,
        t(
          balance.womenInLeadership
            ? 'participation.balance.leadership'
            : 'participation.balance.noLeadership',
        ),
      )}
    </Group>
  );
}
