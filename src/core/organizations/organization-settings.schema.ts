/** Settings an organisation chooses (DOMAIN.md §6 and §8: no inter-agency standard fixes them). */
import { z } from 'zod';
import { accessOptionsSchema, type AccessOptions } from '../access/access-options.schema.js';
import { DEFAULT_DEADLINES, type DeadlineSettings } from '../feedback/deadlines.js';
import { ageBracketSetSchema, DEFAULT_AGE_BRACKETS } from '../reach/age-brackets.js';
import { DEFAULT_SEVERITY_BANDS, severityBandSetSchema } from '../risk/severity-bands.schema.js';

const hours = z
  .number()
  .int()
  .min(1)
  .max(24 * 90);
const perSensitivity = z.object({ non_sensitive: hours, sensitive: hours, sea: hours }).strict();

export const organizationSettingsSchema = z
  .object({
    deadlines: z
      .object({
        acknowledgeHours: perSensitivity,
        respondHours: perSensitivity,
        dueSoonHours: hours,
      })
      .strict()
      .refine(
        (d) =>
          (['non_sensitive', 'sensitive', 'sea'] as const).every(
            (k) => d.acknowledgeHours[k] <= d.respondHours[k],
          ),
        {
          message: 'a reply cannot be due before the acknowledgement',
          path: ['respondHours'],
        },
      ),
    /** Smallest count published to viewers; SEA counts use the stricter one. */
    disclosureThreshold: z.number().int().min(2).max(50),
    seaDisclosureThreshold: z.number().int().min(2).max(100),
    /** Admins and PSEA focal points must use a second factor (decision 017). */
    requireSecondFactor: z.boolean(),
    /** Severity bands of the risk score (DOMAIN.md §4: labels and cuts differ between sources). */
    severityBands: severityBandSetSchema,
    /** Age brackets of baselines and reach figures (DOMAIN.md §5). */
    ageBrackets: ageBracketSetSchema,
    /** The exclusion test of the meaningful-access analysis (decision 018). */
    meaningfulAccess: accessOptionsSchema,
    /** Keep the rows of individual-level reach imports (off: they are aggregated and dropped). */
    keepIndividualRecords: z.boolean(),
    /** The finest admin level of places in published outputs (0 country … 3 admin3). */
    publishedAdminLevel: z.number().int().min(0).max(3),
  })
  .strict()
  .refine((s) => s.seaDisclosureThreshold >= s.disclosureThreshold, {
    message: 'the SEA threshold must be at least the general one',
    path: ['seaDisclosureThreshold'],
  });

export type OrganizationSettings = z.infer<typeof organizationSettingsSchema>;

export const DEFAULT_SETTINGS: OrganizationSettings = {
  deadlines: DEFAULT_DEADLINES,
  disclosureThreshold: 5,
  seaDisclosureThreshold: 10,
  requireSecondFactor: false,
  severityBands: DEFAULT_SEVERITY_BANDS,
  ageBrackets: DEFAULT_AGE_BRACKETS,
  meaningfulAccess: accessOptionsSchema.parse({}),
  keepIndividualRecords: false,
  publishedAdminLevel: 2,
};

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof OrganizationSettings)[];

/** The settings stored for an organisation, completed with the defaults. */
export function settingsOf(
  stored: Record<string, unknown> | null | undefined,
): OrganizationSettings {
  const parsed = organizationSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...pick(stored) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

function pick(stored: Record<string, unknown> | null | undefined) {
  if (!stored) return {};
  return Object.fromEntries(
    SETTING_KEYS.map((key) => [key, stored[key]]).filter(([, v]) => v !== undefined),
  );
}

export type { AccessOptions, DeadlineSettings };
