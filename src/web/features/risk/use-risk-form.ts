import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { computeRisk, type RiskAssessment } from '../../../core/risk/compute-risk.js';
import { riskAnalysisEntrySchema } from '../../../core/risk/risk-analysis.schema.js';
import type { RiskAnalysis } from '../../../core/risk/risk-analysis-api.schema.js';
import { DEFAULT_SEVERITY_BANDS } from '../../../core/risk/severity-bands.schema.js';
import { todayIso } from '../../lib/today.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { createRiskAnalysis, RISK_QUERY_KEY, settingsQuery } from './risk.api.js';

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

/** The form of one analysis: validated by the server's schema, sent once, field errors placed. */
export function useRiskForm(onDone: (analysis: RiskAnalysis) => void) {
  const queryClient = useQueryClient();
  const form = useForm<RiskFormInput, unknown, RiskFormOutput>({
    resolver: zodResolver(riskAnalysisEntrySchema),
    defaultValues: {
      locationPcode: '',
      date: todayIso(),
      threatDescription: '',
      affectedGroups: [{ description: '' }],
      threat: rating,
      vulnerability: rating,
      capacity: rating,
      sources: [{ title: '' }],
    },
  });
  const submission = useServerSubmit({
    setError: form.setError,
    fields: RISK_FIELDS,
    send: createRiskAnalysis,
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
