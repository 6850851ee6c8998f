import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch, type DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import { computeRisk, type RiskAssessment } from '../../../core/risk/compute-risk.js';
import { riskAnalysisEntrySchema } from '../../../core/risk/risk-analysis.schema.js';
import type { RiskAnalysis } from '../../../core/risk/risk-analysis-api.schema.js';
import { DEFAULT_SEVERITY_BANDS } from '../../../core/risk/severity-bands.schema.js';
import { todayIso } from '../../lib/today.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import {
  createRiskAnalysis,
  RISK_QUERY_KEY,
  settingsQuery,
  updateRiskAnalysis,
} from './risk.api.js';

export type RiskFormInput = z.input<typeof riskAnalysisEntrySchema>;
export type RiskFormOutput = z.output<typeof riskAnalysisEntrySchema>;

export const RISK_FIELDS = [
  'locationPcode',
  'date',
  'riskCode',
  'threatDescription',
  'affectedGroups',
  'threat.rating',
  'threat.justification',
  'vulnerability.rating',
  'vulnerability.justification',
  'capacity.rating',
  'capacity.justification',
  'sources',
] as const;

const rating = { rating: 3, justification: '' };

const BLANK: DefaultValues<RiskFormInput> = {
  locationPcode: '',
  date: todayIso(),
  threatDescription: '',
  affectedGroups: [{ description: '' }],
  threat: rating,
  vulnerability: rating,
  capacity: rating,
  sources: [{ title: '' }],
};

/** The entry fields of a stored analysis, to revise it. */
export function entryOf(analysis: RiskAnalysis): RiskFormInput {
  return {
    locationPcode: analysis.locationPcode,
    date: analysis.date,
    riskCode: analysis.riskCode,
    threatDescription: analysis.threatDescription,
    affectedGroups: analysis.affectedGroups,
    threat: analysis.threat,
    vulnerability: analysis.vulnerability,
    capacity: analysis.capacity,
    sources: analysis.sources.length > 0 ? analysis.sources : [{ title: '' }],
  };
}

/**
 * The form of one analysis, new or revised: validated by the server's schema, sent once, field
 * errors placed. A revision carries the version it started from, so a concurrent one is refused.
 */
export function useRiskForm(onDone: (analysis: RiskAnalysis) => void, existing?: RiskAnalysis) {
  const queryClient = useQueryClient();
  const form = useForm<RiskFormInput, unknown, RiskFormOutput>({
    resolver: zodResolver(riskAnalysisEntrySchema),
    defaultValues: existing ? entryOf(existing) : BLANK,
  });
  const submission = useServerSubmit({
    setError: form.setError,
    fields: RISK_FIELDS,
    send: (entry: RiskFormOutput) =>
      existing
        ? updateRiskAnalysis(existing.id, { ...entry, version: existing.version })
        : createRiskAnalysis(entry),
    onSuccess: async (analysis: RiskAnalysis) => {
      await queryClient.invalidateQueries({ queryKey: RISK_QUERY_KEY });
      onDone(analysis);
    },
  });
  return { form, ...submission };
}

/** The score and band of the ratings on screen, from the same core function as the server. */
export function useLiveRisk(
  control: ReturnType<typeof useRiskForm>['form']['control'],
): RiskAssessment | null {
  const bands = useQuery(settingsQuery()).data?.severityBands ?? DEFAULT_SEVERITY_BANDS;
  const [threat, vulnerability, capacity] = useWatch({
    control,
    name: ['threat.rating', 'vulnerability.rating', 'capacity.rating'],
  });
  try {
    return computeRisk({ threat, vulnerability, capacity }, bands);
  } catch {
    return null;
  }
}
