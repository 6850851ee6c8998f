/**
 * The service directory (Open Referral HSDS-aligned, decision 027) and referrals with recorded
 * consent (decision 028). A service belongs to one country; the places it serves are P-codes of
 * the organisation's gazetteer (a service serving an admin1 place serves every place below it).
 */
import { sql } from 'drizzle-orm';
import {
  char,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, id, organizationId, users } from './schema.js';
import { feedbackCases } from './schema-feedback.js';

export const directoryServices = pgTable(
  'directory_services',
  {
    id: id(),
    organizationId: organizationId(),
    /** The HSDS id when imported (kept so that a re-import updates instead of duplicating). */
    hsdsId: text('hsds_id'),
    type: text('type').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    providerName: text('provider_name').notNull(),
    country: char('country', { length: 3 }).notNull(),
    status: text('status').notNull().default('active'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    hours: text('hours'),
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    accessibility: jsonb('accessibility').$type<string[]>().notNull().default([]),
    accessibilityNote: text('accessibility_note'),
    cost: text('cost').notNull().default('free'),
    costDescription: text('cost_description'),
    eligibility: text('eligibility'),
    minimumAge: integer('minimum_age'),
    maximumAge: integer('maximum_age'),
    lastVerifiedOn: date('last_verified_on'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('directory_services_org_hsds_key').on(t.organizationId, t.hsdsId),
    index('directory_services_org_type_idx').on(t.organizationId, t.country, t.type),
  ],
);

/** The places a service serves (HSDS service_area, by P-code). */
export const directoryServiceAreas = pgTable(
  'directory_service_areas',
  {
    organizationId: organizationId(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => directoryServices.id, { onDelete: 'cascade' }),
    locationPcode: text('location_pcode').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.locationPcode] }),
    index('directory_service_areas_org_pcode_idx').on(t.organizationId, t.locationPcode),
  ],
);

export const referrals = pgTable(
  'referrals',
  {
    id: id(),
    organizationId: organizationId(),
    reference: text('reference').notNull(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => directoryServices.id),
    serviceType: text('service_type').notNull(),
    country: char('country', { length: 3 }).notNull(),
    feedbackCaseId: uuid('feedback_case_id').references(() => feedbackCases.id),
    /** non_sensitive, sensitive or sea: copied from the case, or sensitive for GBV services. */
    sensitivity: text('sensitivity').notNull(),
    status: text('status').notNull().default('sent'),
    /** Who consented (person or caregiver), when, for what purpose; null under an override. */
    consent: jsonb('consent').$type<Record<string, unknown>>(),
    overrideReason: text('override_reason'),
    overriddenBy: uuid('overridden_by').references(() => users.id, { onDelete: 'set null' }),
    /** The names of the fields shared with the provider (minimum necessary). */
    sharedFields: jsonb('shared_fields').$type<string[]>().notNull().default([]),
    /** The shared values (name, phone…), encrypted with the field cipher. */
    sharedEnc: text('shared_enc').notNull(),
    followUpOn: date('follow_up_on'),
    outcome: text('outcome'),
    idempotencyKey: text('idempotency_key'),
    requestHash: text('request_hash'),
    referredBy: uuid('referred_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
    closedAt: at('closed_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('referrals_org_reference_key').on(t.organizationId, t.reference),
    uniqueIndex('referrals_org_idempotency_key')
      .on(t.organizationId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    index('referrals_org_follow_up_idx').on(t.organizationId, t.status, t.followUpOn),
  ],
);
