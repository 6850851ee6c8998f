import type { Role } from '../../../core/auth/roles.js';
import { roleCan } from '../../lib/permissions.js';

/** Who sees which page and button (the server decides in the end); actions of the policy table. */
export const canRecordTrainings = (role: Role) => roleCan(role, `trainings.create`);
export const canUpdateTrainings = (role: Role) => roleCan(role, `trainings.update`);
export const canReadTrainings = (role: Role) => roleCan(role, `trainings.list`);
export const canSetProjectStaff = (role: Role) => roleCan(role, `trainings.staff`);
export const canEditGuidance = (role: Role) => roleCan(role, `guidance.create`);
export const canUpdateGuidance = (role: Role) => roleCan(role, `guidance.update`);
export const canReadFocalPoints = (role: Role) => roleCan(role, `focalPoints.list`);
export const canEditFocalPoints = (role: Role) => roleCan(role, `focalPoints.create`);
export const canUpdateFocalPoints = (role: Role) => roleCan(role, `focalPoints.update`);
export const canEditRoadmap = (role: Role) => roleCan(role, `roadmap.update`);

/** A fresh retry key for one submission of a form. */
export const newIdempotencyKey = () => crypto.randomUUID();
