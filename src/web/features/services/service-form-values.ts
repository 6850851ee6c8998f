import type { AppError } from '../../../core/errors.js';
import type { DirectoryService, ServiceEntryInput } from '../../../core/services/service.schema.js';

/** The fields of the service form, as typed. */
export interface ServiceValues {
  type: ServiceEntryInput['type'];
  name: string;
  providerName: string;
  description: string;
  places: string;
  phone: string;
  email: string;
  address: string;
  hours: string;
  languages: string;
  accessibility: string[];
  accessibilityNote: string;
  status: 'active' | 'inactive';
  cost: 'free' | 'fee';
  costDescription: string;
  eligibility: string;
  minimumAge: number | '';
  maximumAge: number | '';
  lastVerifiedOn: string;
}

export const todayIso = () => new Date().toISOString().slice(0, 10);

const list = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
const orNull = (text: string) => text.trim() || null;

/** The form's values of a service, or of a new one. */
export function valuesOf(s?: DirectoryService): ServiceValues {
  return {
    type: s?.type ?? 'gbv',
    name: s?.name ?? '',
    providerName: s?.providerName ?? '',
    description: s?.description ?? '',
    places: s ? s.places.map((p) => p.pcode).join(', ') : '',
    phone: s?.phone ?? '',
    email: s?.email ?? '',
    address: s?.address ?? '',
    hours: s?.hours ?? '',
    languages: s ? s.languages.join(', ') : '',
    accessibility: s ? [...s.accessibility] : [],
    accessibilityNote: s?.accessibilityNote ?? '',
    status: s?.status ?? 'active',
    cost: s?.cost ?? 'free',
    costDescription: s?.costDescription ?? '',
    eligibility: s?.eligibility ?? '',
    minimumAge: s?.minimumAge ?? '',
    maximumAge: s?.maximumAge ?? '',
    lastVerifiedOn: s ? (s.lastVerifiedOn ?? '') : todayIso(),
  };
}

/** The entry the API takes. */
export function entryOf(v: ServiceValues): ServiceEntryInput {
  return {
    type: v.type,
    name: v.name,
    providerName: v.providerName,
    description: v.description,
    status: v.status,
    locationPcodes: list(v.places.toUpperCase()),
    phone: orNull(v.phone),
    email: orNull(v.email),
    address: orNull(v.address),
    hours: orNull(v.hours),
    languages: list(v.languages.toLowerCase()),
    accessibility: v.accessibility as ServiceEntryInput['accessibility'],
    accessibilityNote: orNull(v.accessibilityNote),
    cost: v.cost,
    costDescription: orNull(v.costDescription),
    eligibility: orNull(v.eligibility),
    minimumAge: v.minimumAge === '' ? null : v.minimumAge,
    maximumAge: v.maximumAge === '' ? null : v.maximumAge,
    lastVerifiedOn: v.lastVerifiedOn || null,
  };
}

/** A service as it stands, verified today (for "Mark as verified today"). */
export function verifiedToday(s: DirectoryService) {
  return { ...entryOf(valuesOf(s)), lastVerifiedOn: todayIso(), version: s.version };
}

/** The problems of a refused entry, each naming its field. */
export function problemsOf(error: Error) {
  const fields =
    ((error as AppError).details as { fields?: { path: string; message: string }[] } | undefined)
      ?.fields ?? [];
  return fields.map((f) => `${f.path}: ${f.message}`);
}

/** The current service carried by a stale-version refusal (409), if any. */
export function conflictOf(error: Error | null): DirectoryService | null {
  const e = error as AppError | null;
  if (!e || e.code !== 'conflict') return null;
  return (e.details as { current?: DirectoryService } | undefined)?.current ?? null;
}
