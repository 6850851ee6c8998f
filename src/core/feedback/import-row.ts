/**
 * One row of a feedback log (a spreadsheet, a KoboToolbox export) → an intake request, or the
 * problems of that row. Headers are matched case-insensitively on their last path segment
 * (`grp_respondent/resp_sex` → `resp_sex`), with the usual aliases.
 */
import { createFeedbackRequestSchema, type CreateFeedbackRequest } from './feedback.schema.js';

const ALIASES: Record<string, string[]> = {
  narrative: ['narrative', 'message', 'text', 'feedback', 'complaint', 'description', 'details'],
  channel: ['channel', 'source'],
  receivedAt: [
    'received_at',
    'receivedat',
    'date',
    'submission_time',
    '_submission_time',
    'today',
    'end',
  ],
  language: ['language', 'lang'],
  category: ['category', 'type'],
  sensitivity: ['sensitivity'],
  urgency: ['urgency'],
  sex: ['sex', 'resp_sex', 'gender'],
  age: ['age', 'resp_age'],
  phone: ['phone', 'contact_phone', 'telephone'],
  consent: ['consent', 'consent_contact', 'consent_to_contact'],
  anonymous: ['anonymous'],
};

export interface RowProblem {
  line: number;
  field: string;
  message: string;
}

/** Maps each header to the field it feeds (unknown headers are ignored). */
export function mapHeaders(headers: readonly string[]): Map<number, string> {
  const mapped = new Map<number, string>();
  headers.forEach((header, index) => {
    const name = (header.split('/').pop() ?? '')
      .trim()
      .toLowerCase()
      .replace(/^\ufeff/, '');
    const field = Object.entries(ALIASES).find(([, names]) => names.includes(name))?.[0];
    if (field && ![...mapped.values()].includes(field)) mapped.set(index, field);
  });
  return mapped;
}

const yes = (v: string) =>
  ['1', 'yes', 'true', 'oui', 'si', 'sí', 'نعم'].includes(v.trim().toLowerCase());

function toIsoDateTime(value: string): string | undefined {
  if (!value) return undefined;
  const parsed = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(parsed.getTime()) ? value : parsed.toISOString();
}

/** The intake request of one row, or the row's problems named by field. */
export function parseImportRow(
  values: readonly string[],
  headers: Map<number, string>,
  line: number,
): { request: CreateFeedbackRequest } | { problems: RowProblem[] } {
  const get = (field: string) => {
    for (const [index, name] of headers) if (name === field) return (values[index] ?? '').trim();
    return '';
  };
  const consent = yes(get('consent'));
  const phone = get('phone');
  const age = get('age');
  const candidate = {
    channel: get('channel') || 'in_person',
    narrative: get('narrative'),
    ...(get('receivedAt') ? { receivedAt: toIsoDateTime(get('receivedAt')) } : {}),
    ...(get('language') ? { language: get('language').toLowerCase() } : {}),
    ...(get('category') ? { category: get('category') } : {}),
    ...(get('sensitivity') ? { sensitivity: get('sensitivity') } : {}),
    ...(get('urgency') ? { urgency: get('urgency') } : {}),
    anonymous: yes(get('anonymous')),
    consentToContact: consent,
    ...(phone && consent ? { contact: { phone } } : {}),
    submitter: {
      ...(get('sex') ? { sex: get('sex').toLowerCase() } : {}),
      ...(age ? { age: Number(age) } : {}),
    },
  };
  const parsed = createFeedbackRequestSchema.safeParse(candidate);
  if (parsed.success) return { request: candidate as CreateFeedbackRequest };
  return {
    problems: parsed.error.issues.map((i) => ({
      line,
      field: i.path.join('.') || 'row',
      message: i.message,
    })),
  };
}
