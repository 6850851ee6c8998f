import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RiskChange } from '../../../core/safety/safety-audit.schema.js';
import type { RiskLevel } from '../../../core/safety/safety-site.schema.js';
import { CHANGE_COLORS, RISK_COLORS } from './safety-labels.js';

/** A risk level as a coloured badge with its word. */
export function RiskBadge({ risk }: { risk: RiskLevel | null }) {
  const { t } = useTranslation();
  if (!risk) return <>{t('safety.risk.none')}</>;
  return (
    <Badge color={RISK_COLORS[risk].bg} c={RISK_COLORS[risk].c} variant="filled">
      {t(`safety.risk.${risk}`)}
    </Badge>
  );
}

/** How an item's risk moved since the last audit. */
export function ChangeBadge({ change }: { change: RiskChange | null }) {
  const { t } = useTranslation();
  if (!change) return null;
  return (
    <Badge color={CHANGE_COLORS[change]} variant={change === 'same' ? 'outline' : 'filled'}>
      {t(`safety.change.${change}`)}
    </Badge>
  );
}

/** High, medium and low counts, as text. */
export function RiskCountsText({ counts }: { counts: Record<RiskLevel, number> | null }) {
  const { t } = useTranslation();
  if (!counts) return <>{t('safety.sites.neverAudited')}</>;
  return <>{t('safety.counts', counts)}</>;
}
