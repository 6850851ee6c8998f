import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { severityColors } from './risk-labels.js';

interface BandBadgeProps {
  band: string;
  label: string;
  severity: number;
}

/** A severity band in colour and words (a known band code is translated, else its own label). */
export function BandBadge({ band, label, severity }: BandBadgeProps) {
  const { t } = useTranslation();
  const colors = severityColors(severity);
  return (
    <Badge color={colors.bg} c={colors.c} variant="filled" radius="sm" tt="none">
      {t(`risk.bands.${band}`, { defaultValue: label })}
    </Badge>
  );
}
