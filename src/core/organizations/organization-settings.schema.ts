/** Settings an organisation chooses (DOMAIN.md §6 and §8: no inter-agency standard fixes them). */
import { z } from 'zod';
import { DEFAULT_DEADLINES, type DeadlineSettings } from '../feedback/deadlines.js';

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
};

/** The settings stored for an organisation, completed with the defaults. */
export function settingsOf(
  stored: Record<string, unknown> | null | undefined,
): OrganizationSettings {
  const parsed = organizationSettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...pick(stored) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

function pick(stored: Record<string, unknown> | null | undefined) {
  if (!stored) return {};
  const { deadlines, disclosureThreshold, seaDisclosureThreshold } = stored;
  return Object.fromEntries(
    Object.entries({ deadlines, disclosureThreshold, seaDisclosureThreshold }).filter(
      ([, v]) => v !== undefined,
    ),
  );
}

export type { DeadlineSettings };
