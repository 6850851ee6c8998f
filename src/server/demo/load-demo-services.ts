/**
 * Demo service directory: services of several types across the Sudan demo places (one stale, one
 * inactive, one with a fee) and two referrals with consent, one past its follow-up date. Recorded
 * through the services; a place missing from the gazetteer skips its service.
 */
import type { ServiceEntryInput } from '../../core/services/service.schema.js';
import { organizationOf } from '../../core/policy/actor.js';
import { findLocationsByPcodes } from '../repos/locations.repo.js';
import type { Context } from '../services/context.js';
import { createService } from '../services/directory/directory.service.js';
import { createReferral } from '../services/referrals/make-referral.js';

const day = (offset: number, now: Date) =>
  new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

function demoServices(now: Date): ServiceEntryInput[] {
  const base = { languages: ['ar', 'en'], cost: 'free' as const, lastVerifiedOn: day(-20, now) };
  return [
    {
      ...base,
      type: 'gbv',
      name: 'Women and girls safe space — Khartoum',
      providerName: 'Sudanese Women Union',
      description:
        'Case management, psychosocial support and safe referral for survivors of gender-based violence.',
      locationPcodes: ['SD01'],
      phone: '+249 912 345 001',
      hours: 'Sunday–Thursday 08:00–16:00',
      accessibility: ['women_staff', 'wheelchair'],
      eligibility: 'Women and girls; girls under 18 with a caregiver where safe',
      minimumAge: 10,
    },
    {
      ...base,
      type: 'gbv',
      name: 'GBV hotline — North Darfur',
      providerName: 'Darfur Women Network',
      description: 'Confidential hotline with trained women counsellors.',
      locationPcodes: ['SD02'],
      phone: '+249 912 345 002',
      hours: 'Every day, 24 hours',
      accessibility: ['remote', 'women_staff'],
    },
    {
      ...base,
      type: 'child_protection',
      name: 'Child protection desk — Omdurman',
      providerName: 'Child Rights Sudan',
      description: 'Family tracing, best-interest assessment and case management for children.',
      locationPcodes: ['SD0102'],
      phone: '+249 912 345 003',
      accessibility: ['child_friendly'],
      maximumAge: 17,
    },
    {
      ...base,
      type: 'mhpss',
      name: 'Psychosocial support centre',
      providerName: 'Hope MHPSS',
      locationPcodes: ['SD0101', 'SD0103'],
      accessibility: ['wheelchair', 'accessible_toilet'],
      lastVerifiedOn: day(-400, now),
    },
    {
      ...base,
      type: 'legal_aid',
      name: 'Legal aid clinic',
      providerName: 'Sudan Bar Legal Aid',
      description: 'Civil documentation, housing, land and property advice.',
      locationPcodes: ['SD01'],
      cost: 'fee',
      costDescription: 'Free for displaced people; small fee otherwise',
    },
    {
      ...base,
      type: 'health',
      name: 'Mobile clinic (closed)',
      providerName: 'Health for All',
      locationPcodes: ['SD0201'],
      status: 'inactive',
    },
  ];
}

/** Loads the demo directory and two referrals (when the demo places exist). */
export async function loadDemoServices(ctx: Context): Promise<void> {
  const now = ctx.deps.now();
  const known = await findLocationsByPcodes(ctx.db, organizationOf(ctx.actor), [
    'SD01',
    'SD02',
    'SD0101',
    'SD0102',
    'SD0103',
    'SD0201',
  ]);
  const created = [];
  for (const entry of demoServices(now))
    if (entry.locationPcodes.every((p) => known.has(p)))
      created.push(await createService(ctx, entry));
  const safeSpace = created.find((s) => s.type === 'gbv');
  if (!safeSpace) return;
  const consent = {
    givenBy: 'person' as const,
    givenAt: new Date(now.getTime() - 10 * 86_400_000).toISOString(),
    purpose: 'Referral to GBV case management',
    mayShare: ['sex' as const, 'age' as const, 'need' as const],
  };
  const person = {
    sex: 'female' as const,
    age: 27,
    need: 'Case management and psychosocial support',
  };
  await createReferral(ctx, { serviceId: safeSpace.id, person, consent, followUpOn: day(-3, now) });
  await createReferral(ctx, {
    serviceId: safeSpace.id,
    person: { ...person, age: 34 },
    consent,
    followUpOn: day(7, now),
  });
}
