import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AccessReport } from '../../../core/access/access-report.schema.js';
import { directionOf } from '../../../core/shared/language.js';
import { useLanguage } from '../../i18n/use-language.js';
import { percent } from './format.js';
import { valueLabel } from './group-label.js';

type Dimension = 'sex' | 'bracket' | 'disability';

/** The groups of one dimension alone (women, men…), in the order the analysis gives them. */
function groupsOf(report: AccessReport, dimension: Dimension) {
  return report.findings.filter((f) => {
    const keys = Object.keys(f.group);
    return keys.length === 1 && keys[0] === dimension;
  });
}

/**
 * Each group's share of the population beside its share of the people reached. The figure is
 * described in words for screen readers; the findings table below holds the same figures.
 */
export function ShareChart({ report, dimension }: { report: AccessReport; dimension: Dimension }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const data = groupsOf(report, dimension).map((f) => ({
    name: valueLabel(t, dimension, f.group[dimension]!),
    population: f.baselineShare === null ? null : Math.round(f.baselineShare * 1000) / 10,
    reached: f.reachedShare === null ? null : Math.round(f.reachedShare * 1000) / 10,
  }));
  const summary = data
    .map((d) =>
      t('access.chartItem', {
        name: d.name,
        population: percent(d.population === null ? null : d.population / 100, lang),
        reached: percent(d.reached === null ? null : d.reached / 100, lang),
      }),
    )
    .join('; ');
  return (
    <figure className="share-chart" role="img" aria-label={`${t('access.chartTitle')}: ${summary}`}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 8, right: 8, left: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" reversed={directionOf(lang) === 'rtl'} />
          <YAxis unit="%" orientation={directionOf(lang) === 'rtl' ? 'right' : 'left'} />
          <Tooltip formatter={(value) => `${String(value)} %`} />
          <Legend />
          <Bar dataKey="population" name={t('access.populationShare')} fill="#868e96" />
          <Bar dataKey="reached" name={t('access.reachedShare')} fill="#1c7ed6" />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
