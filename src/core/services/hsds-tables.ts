/**
 * The HSDS 3.0 tables Mainstream reads and writes (decision 027), their columns in the order of
 * the specification's examples, and the file names of HSDS 1.1 mapped onto them.
 */

export const HSDS_VERSION = '3.0.0';

export const HSDS_COLUMNS = {
  organizations: ['id', 'name', 'alternate_name', 'description', 'email', 'website'],
  services: [
    'id',
    'organization_id',
    'name',
    'description',
    'email',
    'status',
    'fees_description',
    'eligibility_description',
    'minimum_age',
    'maximum_age',
    'assured_date',
    'last_modified',
  ],
  locations: ['id', 'location_type', 'organization_id', 'name', 'description'],
  service_at_location: ['id', 'service_id', 'location_id', 'description'],
  service_areas: ['id', 'service_id', 'name', 'description', 'extent', 'extent_type'],
  addresses: ['id', 'location_id', 'address_1', 'city', 'region', 'country', 'address_type'],
  phones: ['id', 'service_id', 'number', 'type'],
  schedules: ['id', 'service_id', 'description'],
  languages: ['id', 'service_id', 'name', 'code'],
  accessibility: ['id', 'location_id', 'description', 'details'],
  cost_options: ['id', 'service_id', 'option', 'amount', 'amount_description'],
  taxonomies: ['id', 'name', 'description', 'version'],
  taxonomy_terms: ['id', 'code', 'name', 'description', 'taxonomy_id'],
  attributes: ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value'],
} as const;

export type HsdsTableName = keyof typeof HSDS_COLUMNS;
export const HSDS_TABLES = Object.keys(HSDS_COLUMNS) as HsdsTableName[];

/** HSDS 1.1 (and 2.0) file names that differ from 3.0. */
export const OLDER_TABLE_NAMES: Record<string, HsdsTableName> = {
  services_at_location: 'service_at_location',
  physical_addresses: 'addresses',
  service_attributes: 'attributes',
};

/** One row of a table, with the line of the file it started on (for error messages). */
export interface HsdsRow {
  line: number;
  values: Record<string, string>;
}

export type HsdsPackage = Partial<Record<HsdsTableName, HsdsRow[]>>;

/** The taxonomy under which Mainstream's service types and accessibility features are published. */
export const MAINSTREAM_TAXONOMY = {
  id: '6d1f3a52-4e6b-4d0f-9a57-6e2b0a9c1f01',
  name: 'Mainstream service classification',
  description: 'Service types and accessibility features of the Mainstream service directory',
  version: '1',
} as const;
