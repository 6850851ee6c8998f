/**
 * Validating a whole HSDS package before anything is written (decision 027): every bad value is
 * named by table, line and column; one bad row refuses the package (all or nothing).
 */
import { fieldProblemsOf, invalidInput, type FieldProblem } from '../risk/invalid-input.js';
import { entryOfService } from './hsds-read.js';
import type { HsdsPackage } from './hsds-tables.js';
import { serviceEntrySchema, type ServiceEntry, type ServiceType } from './service.schema.js';

/** Where each field of an entry comes from in the package (table and column). */
const SOURCE: Record<string, [string, string]> = {
  type: ['attributes', 'taxonomy_term_id'],
  name: ['services', 'name'],
  description: ['services', 'description'],
  providerName: ['services', 'organization_id'],
  status: ['services', 'status'],
  locationPcodes: ['service_areas', 'extent'],
  phone: ['phones', 'number'],
  email: ['services', 'email'],
  address: ['addresses', 'address_1'],
  hours: ['schedules', 'description'],
  languages: ['languages', 'code'],
  accessibilityNote: ['accessibility', 'description'],
  costDescription: ['services', 'fees_description'],
  eligibility: ['services', 'eligibility_description'],
  minimumAge: ['services', 'minimum_age'],
  maximumAge: ['services', 'maximum_age'],
  lastVerifiedOn: ['services', 'assured_date'],
};

export interface ImportedService {
  hsdsId: string;
  /** The line of services.csv the service came from. */
  line: number;
  entry: ServiceEntry;
}

/** A problem of a service row, reported at `table.line.column` with those facts as params. */
function problemAt(line: number, issue: FieldProblem): FieldProblem {
  const [table, column] = SOURCE[issue.path.split('.')[0] ?? ''] ?? ['services', issue.path];
  return { path: `${table}.${line}.${column}`, code: issue.code, params: { table, line, column } };
}

/** The services of a package as valid entries, or `validation_failed` listing every problem. */
export function servicesOfPackage(
  pkg: HsdsPackage,
  defaults: { type: ServiceType; pcode: string | null; older: boolean },
): ImportedService[] {
  const rows = pkg.services ?? [];
  if (rows.length === 0)
    throw invalidInput('directory.hsds_no_services', [{ path: 'services', code: 'required' }]);
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const services = rows.flatMap((row) => {
    const hsdsId = (row.values.id ?? '').trim();
    if (!hsdsId || seen.has(hsdsId)) {
      problems.push(problemAt(row.line, { path: 'id', code: hsdsId ? 'duplicate' : 'required' }));
      return [];
    }
    seen.add(hsdsId);
    const parsed = serviceEntrySchema.safeParse(entryOfService(pkg, row, defaults));
    if (parsed.success) return [{ hsdsId, line: row.line, entry: parsed.data }];
    problems.push(...fieldProblemsOf(parsed.error).map((p) => problemAt(row.line, p)));
    return [];
  });
  if (problems.length) throw invalidInput('directory.hsds_invalid', problems);
  return services;
}
