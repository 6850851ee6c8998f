/**
 * Reading one service out of an HSDS package (3.0, or 1.1 mapped onto 3.0): the related rows of
 * the other tables gathered into the fields of a directory entry (decision 027 gives the mapping).
 */
import type { HsdsPackage, HsdsRow, HsdsTableName } from './hsds-tables.js';
import { ACCESSIBILITY_FEATURES, SERVICE_TYPES, type ServiceType } from './service.schema.js';

const PCODE = /^[A-Z]{2}[A-Z0-9]{0,18}$/;

/** Rows of a table whose column equals the value. */
function rowsWhere(pkg: HsdsPackage, table: HsdsTableName, column: string, value: string) {
  return (pkg[table] ?? []).filter((r) => value !== '' && r.values[column] === value);
}

const v = (row: HsdsRow | undefined, column: string) => (row?.values[column] ?? '').trim();
const orNull = (text: string) => (text === '' ? null : text);

/** A phone number without the literal quote characters some exports wrap it in. */
export function cleanPhone(raw: string): string {
  return raw
    .trim()
    .replace(/^"+|"+$/g, '')
    .trim();
}

/** The codes of Mainstream's taxonomy attached to the service (`type:gbv`, `access:wheelchair`). */
function classification(pkg: HsdsPackage, serviceId: string): string[] {
  const terms = new Map((pkg.taxonomy_terms ?? []).map((t) => [t.values.id, v(t, 'code')]));
  return rowsWhere(pkg, 'attributes', 'link_id', serviceId).flatMap((a) => {
    const code = terms.get(a.values.taxonomy_term_id ?? '');
    return code ? [code] : [];
  });
}

function typeOf(codes: string[], fallback: ServiceType): ServiceType {
  const found = codes.find((c) => (SERVICE_TYPES as readonly string[]).includes(c.slice(5)));
  return found?.startsWith('type:') ? (found.slice(5) as ServiceType) : fallback;
}

function locationsOf(pkg: HsdsPackage, serviceId: string): HsdsRow[] {
  const ids = rowsWhere(pkg, 'service_at_location', 'service_id', serviceId).map((s) =>
    v(s, 'location_id'),
  );
  return (pkg.locations ?? []).filter((l) => ids.includes(v(l, 'id')));
}

function addressOf(pkg: HsdsPackage, locations: HsdsRow[]): string | null {
  const address = locations.flatMap((l) => rowsWhere(pkg, 'addresses', 'location_id', v(l, 'id')));
  const parts = ['address_1', 'address_2', 'city', 'region', 'country'].map((c) =>
    v(address[0], c),
  );
  return orNull(parts.filter(Boolean).join(', '));
}

function languagesOf(pkg: HsdsPackage, serviceId: string, phones: HsdsRow[]): string[] {
  const coded = rowsWhere(pkg, 'languages', 'service_id', serviceId).map((l) => v(l, 'code'));
  const onPhones = phones.flatMap((p) => v(p, 'language').split(/[,;]\s*/));
  return [...new Set([...coded, ...onPhones].map((c) => c.trim().toLowerCase()).filter(Boolean))];
}

function hoursOf(pkg: HsdsPackage, serviceId: string): string | null {
  const rows = rowsWhere(pkg, 'schedules', 'service_id', serviceId);
  const text = rows.map((s) => {
    const opens = v(s, 'opens_at') && `${v(s, 'opens_at')}–${v(s, 'closes_at')}`;
    return v(s, 'description') || [v(s, 'byday'), opens].filter(Boolean).join(' ');
  });
  return orNull(text.filter(Boolean).join('; '));
}

function costOf(pkg: HsdsPackage, service: HsdsRow, older: boolean) {
  const options = rowsWhere(pkg, 'cost_options', 'service_id', v(service, 'id'));
  const paid = options.filter((o) => Number(v(o, 'amount')) > 0);
  const fees = v(service, 'fees_description') || (older ? v(service, 'fees') : '');
  const described = paid.map((o) =>
    [v(o, 'option'), v(o, 'amount'), v(o, 'amount_description')].filter(Boolean).join(' '),
  );
  return {
    cost: paid.length > 0 || fees !== '' ? ('fee' as const) : ('free' as const),
    costDescription: orNull(fees || described.join('; ')),
  };
}

function agesOf(service: HsdsRow) {
  const age = (column: string) => {
    const text = v(service, column);
    return text === '' ? null : /^\d+$/.test(text) ? Number(text) : text;
  };
  return { minimumAge: age('minimum_age'), maximumAge: age('maximum_age') };
}

/** The fields of a directory entry for one HSDS service row (before validation). */
export function entryOfService(
  pkg: HsdsPackage,
  service: HsdsRow,
  defaults: { type: ServiceType; pcode: string | null; older: boolean },
): Record<string, unknown> {
  const id = v(service, 'id');
  const organization = rowsWhere(pkg, 'organizations', 'id', v(service, 'organization_id'))[0];
  const phones = rowsWhere(pkg, 'phones', 'service_id', id);
  const locations = locationsOf(pkg, id);
  const codes = classification(pkg, id);
  const areas = rowsWhere(pkg, 'service_areas', 'service_id', id)
    .map((a) => v(a, 'extent'))
    .filter((e) => PCODE.test(e));
  const access = locations.flatMap((l) =>
    rowsWhere(pkg, 'accessibility', 'location_id', v(l, 'id')),
  );
  const assured = v(service, 'assured_date');
  return {
    type: typeOf(codes, defaults.type),
    name: v(service, 'name'),
    description: v(service, 'description'),
    providerName: v(organization, 'name'),
    status: v(service, 'status') === 'active' ? 'active' : 'inactive',
    locationPcodes: areas.length ? areas : defaults.pcode ? [defaults.pcode] : [],
    phone: orNull(cleanPhone(v(phones[0], 'number'))),
    email: orNull(v(service, 'email')),
    address: addressOf(pkg, locations),
    hours: hoursOf(pkg, id),
    languages: languagesOf(pkg, id, phones),
    accessibility: ACCESSIBILITY_FEATURES.filter((f) => codes.includes(`access:${f}`)),
    accessibilityNote: orNull(access.map((a) => v(a, 'description')).join(' ')),
    ...costOf(pkg, service, defaults.older),
    eligibility: orNull(v(service, 'eligibility_description')),
    ...agesOf(service),
    lastVerifiedOn: orNull(assured.slice(0, 10)),
  };
}
