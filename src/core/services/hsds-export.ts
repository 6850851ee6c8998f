/**
 * The directory as an HSDS 3.0 tabular data package (decision 027): one organization per provider,
 * one location per service with its address and accessibility, the served places as service_areas
 * (P-codes in `extent`), and Mainstream's types and accessibility features as taxonomy attributes.
 */
import { HSDS_COLUMNS, MAINSTREAM_TAXONOMY, type HsdsTableName } from './hsds-tables.js';
import { ACCESSIBILITY_FEATURES, SERVICE_TYPES, type DirectoryService } from './service.schema.js';

/** A stable UUID for a derived record (the server hashes kind and key). */
export type IdFor = (kind: string, key: string) => string;

export type HsdsTables = Record<HsdsTableName, string[][]>;

const s = (value: string | number | null | undefined) => (value == null ? '' : String(value));

function emptyTables(): HsdsTables {
  return Object.fromEntries(Object.keys(HSDS_COLUMNS).map((t) => [t, []])) as never;
}

function taxonomyRows(tables: HsdsTables, idFor: IdFor) {
  const t = MAINSTREAM_TAXONOMY;
  tables.taxonomies.push([t.id, t.name, t.description, t.version]);
  const codes = [
    ...SERVICE_TYPES.map((c) => `type:${c}`),
    ...ACCESSIBILITY_FEATURES.map((c) => `access:${c}`),
  ];
  for (const code of codes) tables.taxonomy_terms.push([idFor('term', code), code, code, '', t.id]);
}

function serviceRows(tables: HsdsTables, service: DirectoryService, idFor: IdFor) {
  const orgId = idFor('organization', service.providerName);
  const locationId = idFor('location', service.id);
  tables.services.push([
    service.id,
    orgId,
    service.name,
    service.description,
    s(service.email),
    service.status,
    s(service.costDescription),
    s(service.eligibility),
    s(service.minimumAge),
    s(service.maximumAge),
    s(service.lastVerifiedOn),
    service.updatedAt,
  ]);
  tables.locations.push([locationId, 'physical', orgId, service.name, '']);
  tables.service_at_location.push([
    idFor('service_at_location', service.id),
    service.id,
    locationId,
    '',
  ]);
  for (const place of service.places)
    tables.service_areas.push([
      idFor('area', `${service.id}:${place.pcode}`),
      service.id,
      place.name,
      `P-code ${place.pcode}`,
      place.pcode,
      'text',
    ]);
  if (service.address)
    tables.addresses.push([
      idFor('address', service.id),
      locationId,
      service.address,
      '',
      '',
      service.country,
      'physical',
    ]);
  if (service.phone)
    tables.phones.push([idFor('phone', service.id), service.id, service.phone, 'voice']);
  if (service.hours)
    tables.schedules.push([idFor('schedule', service.id), service.id, service.hours]);
  for (const code of service.languages)
    tables.languages.push([idFor('language', `${service.id}:${code}`), service.id, code, code]);
  if (service.accessibilityNote)
    tables.accessibility.push([
      idFor('accessibility', service.id),
      locationId,
      service.accessibilityNote,
      '',
    ]);
  if (service.cost === 'fee')
    tables.cost_options.push([
      idFor('cost', service.id),
      service.id,
      'fee',
      '',
      s(service.costDescription),
    ]);
  const codes = [`type:${service.type}`, ...service.accessibility.map((a) => `access:${a}`)];
  for (const code of codes)
    tables.attributes.push([
      idFor('attribute', `${service.id}:${code}`),
      service.id,
      idFor('term', code),
      'classification',
      'service',
      code,
    ]);
}

/** Every table of the package, rows in HSDS_COLUMNS order (headers not included). */
export function hsdsTablesOf(services: readonly DirectoryService[], idFor: IdFor): HsdsTables {
  const tables = emptyTables();
  const providers = new Map<string, string>();
  for (const service of services) {
    providers.set(service.providerName, s(service.email));
    serviceRows(tables, service, idFor);
  }
  for (const [name] of providers)
    tables.organizations.push([idFor('organization', name), name, '', '', '', '']);
  taxonomyRows(tables, idFor);
  return tables;
}

/** The `datapackage.json` describing the tables written (Frictionless tabular data package). */
export function dataPackageOf(names: readonly HsdsTableName[]) {
  return {
    name: 'mainstream-service-directory',
    title: 'Service directory (Open Referral HSDS 3.0)',
    profile: 'tabular-data-package',
    version: '3.0.0',
    licenses: [{ name: 'CC-BY-SA-4.0', path: 'https://creativecommons.org/licenses/by-sa/4.0/' }],
    resources: names.map((name) => ({
      name,
      path: `${name}.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: { fields: HSDS_COLUMNS[name].map((field) => ({ name: field, type: 'string' })) },
    })),
  };
}
