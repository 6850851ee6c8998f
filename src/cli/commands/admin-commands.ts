/** `org`, `office`, `user` and `token` commands: thin adapters over the services. */
import crypto from 'node:crypto';
import { InvalidArgumentError, type Command } from 'commander';
import { ROLES, isRole } from '../../core/auth/roles.js';
import { AppError } from '../../core/errors.js';
import { systemActor } from '../../core/policy/actor.js';
import { findUserByEmail } from '../../server/repos/users.repo.js';
import { listOffices } from '../../server/repos/organizations.repo.js';
import { createToken } from '../../server/services/api-tokens.service.js';
import {
  createOffice,
  createOrganization,
  requireOrganization,
} from '../../server/services/organizations.service.js';
import { createUser, updateUser } from '../../server/services/users.service.js';
import { resetSecondFactor } from '../../server/services/second-factor-reset.service.js';
import { rotateWebhookSecret } from '../../server/services/webhook-secrets.service.js';
import type { Context } from '../../server/services/context.js';
import { runCommand } from '../run-command.js';

const collect = (value: string, previous: string[]) => [...previous, value];

function roleOption(value: string) {
  if (!isRole(value))
    throw new InvalidArgumentError(`unknown role "${value}" (one of: ${ROLES.join(', ')})`);
  return value;
}

async function inOrganization(ctx: Context, code: string) {
  const organization = await requireOrganization(ctx, code);
  return { organization, ctx: { ...ctx, actor: systemActor('cli', organization.id) } };
}

async function officeIdsByCode(ctx: Context, organizationId: string, codes: string[]) {
  const offices = await listOffices(ctx.db, organizationId);
  return codes.map((code) => {
    const office = offices.find((o) => o.code === code.toUpperCase());
    if (!office)
      throw new Error(
        `no office "${code}" in this organisation (${offices.map((o) => o.code).join(', ')})`,
      );
    return office.id;
  });
}

/** Adds the administration commands to the program. */
export function addAdminCommands(program: Command) {
  const org = program.command('org').description('organisations');
  org
    .command('add')
    .description('add an organisation')
    .requiredOption(
      '--code <code>',
      'short code, e.g. iom-sdn (lower-case letters, digits, hyphens)',
    )
    .requiredOption('--name <name>', 'display name')
    .action((o: { code: string; name: string }) =>
      runCommand(async (_deps, ctx) => {
        const created = await createOrganization(ctx, o);
        console.log(`organisation ${created.code} added (${created.id})`);
      }),
    );

  program
    .command('office')
    .description('country offices')
    .command('add')
    .description('add a country office to an organisation')
    .requiredOption('--org <code>', 'organisation code')
    .requiredOption('--code <code>', 'office code, e.g. SDN-PZU')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--country <iso3>', 'ISO 3166-1 alpha-3 country code, e.g. SDN')
    .action((o: { org: string; code: string; name: string; country: string }) =>
      runCommand(async (_deps, base) => {
        const { organization, ctx } = await inOrganization(base, o.org);
        const office = await createOffice(ctx, organization.id, o);
        console.log(`office ${office.code} added to ${organization.code} (${office.id})`);
      }),
    );

  const user = program.command('user').description('user accounts');
  user
    .command('add')
    .description('add a user; without --password a strong one is generated and printed once')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--role <role>', `one of: ${ROLES.join(', ')}`, roleOption)
    .requiredOption('--org <code>', 'organisation code')
    .option('--name <name>', 'display name (defaults to the email name)')
    .option('--password <password>', 'initial password (at least 8 characters)')
    .option(
      '--office <code>',
      'limit to an office (repeatable); none: the whole organisation',
      collect,
      [],
    )
    .option('--locale <lang>', 'interface language: en, fr, es or ar', 'en')
    .action(
      (o: {
        email: string;
        role: (typeof ROLES)[number];
        org: string;
        name?: string;
        password?: string;
        office: string[];
        locale: string;
      }) =>
        runCommand(async (_deps, base) => {
          const { organization, ctx } = await inOrganization(base, o.org);
          const password = o.password ?? crypto.randomBytes(15).toString('base64url');
          const created = await createUser(ctx, {
            email: o.email,
            name: o.name ?? o.email.split('@')[0]!,
            role: o.role,
            locale: o.locale as 'en',
            officeIds: await officeIdsByCode(ctx, organization.id, o.office),
            password,
          });
          console.log(`user ${created.email} (${created.role}) added to ${organization.code}`);
          if (!o.password) console.log(`initial password (shown once): ${password}`);
        }),
    );
  user
    .command('disable')
    .description('disable a user: every session and API token they created ends at once')
    .requiredOption('--email <email>', 'sign-in email')
    .action((o: { email: string }) =>
      runCommand(async (_deps, base) => {
        const found = await findUserByEmail(base.db, o.email.trim().toLowerCase());
        if (!found) throw new AppError('not_found', 'record.not_found');
        const ctx = { ...base, actor: systemActor('cli', found.organizationId) };
        await updateUser(ctx, found.id, { disabled: true, version: found.version });
        console.log(`user ${found.email} disabled`);
      }),
    );

  user
    .command('reset-second-factor')
    .description('turn off a user’s second factor after a lost authenticator; their sessions end')
    .requiredOption('--email <email>', 'sign-in email')
    .action((o: { email: string }) =>
      runCommand(async (_deps, base) => {
        const found = await findUserByEmail(base.db, o.email.trim().toLowerCase());
        if (!found) throw new AppError('not_found', 'record.not_found');
        const ctx = { ...base, actor: systemActor('cli', found.organizationId) };
        await resetSecondFactor(ctx, found.id);
        console.log(`second factor of ${found.email} turned off: they set up a new one at sign-in`);
      }),
    );

  program
    .command('webhook')
    .description('signed webhooks')
    .command('secret')
    .description('create or replace the organisation webhook secret (HMAC-SHA256); printed once')
    .requiredOption('--org <code>', 'organisation code')
    .action((o: { org: string }) =>
      runCommand(async (_deps, base) => {
        const { organization, ctx } = await inOrganization(base, o.org);
        const secret = await rotateWebhookSecret(ctx, organization.id);
        console.log(`webhook secret for ${organization.code}; copy it now, it is not shown again:`);
        console.log(secret);
      }),
    );

  program
    .command('token')
    .description('API tokens for integrations')
    .command('create')
    .description('create an API token; it is printed once and stored only as a hash')
    .requiredOption('--org <code>', 'organisation code')
    .requiredOption('--name <name>', 'what it is for, e.g. "RapidPro SMS"')
    .requiredOption('--role <role>', `role the token acts with: ${ROLES.join(', ')}`, roleOption)
    .option('--expires-days <days>', 'expire after this many days', (v) => Number.parseInt(v, 10))
    .action(
      (o: { org: string; name: string; role: (typeof ROLES)[number]; expiresDays?: number }) =>
        runCommand(async (_deps, base) => {
          const { ctx } = await inOrganization(base, o.org);
          const created = await createToken(ctx, {
            name: o.name,
            role: o.role,
            expiresInDays: o.expiresDays,
          });
          console.log(
            `token "${created.name}" (${created.role}) created; copy it now, it is not shown again:`,
          );
          console.log(created.token);
        }),
    );
}
