import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccessReport } from '../../../core/access/access-report.schema.js';
import { useLanguage } from '../../i18n/use-language.js';
import { count, percent } from './format.js';
import { groupLabel } from './group-label.js';

/** The groups significantly under-reached, most certain first; a calm line when there are none. */
export function ExclusionAlerts({ report }: { report: AccessReport }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (report.alerts.length === 0) return <Text size="sm">{t('access.noAlerts')}</Text>;
  return (
    <Alert
      color="red"
      variant="light"
      title={t('access.alertsTitle', { count: report.alerts.length })}
    >
      <List size="sm" spacing={6}>
        {report.alerts.map((alert) => (
          <List.Item key={alert.label}>
            <Text component="span" fw={700} size="sm">
              {groupLabel(t, alert.group)}
            </Text>
            {': '}
            {alert.suppressed
              ? t('access.alertWithheld', { baseline: percent(alert.baselineShare, lang) })
              : t('access.alertLine', {
                  reached: count(alert.reached, lang),
                  expected: count(
                    alert.expected === null ? null : Math.round(alert.expected),
                    lang,
                  ),
                  representation: percent(alert.representation, lang),
                })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
