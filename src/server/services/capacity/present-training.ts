/** The API shape of a training session. */
import type { TrainingSession } from '../../../core/capacity/training.schema.js';
import type { TrainingTopic } from '../../../core/capacity/capacity-codes.js';
import type { LanguageCode } from '../../../core/shared/language.js';
import type { Db } from '../../db/database.js';
import { findLocationsByPcodes } from '../../repos/locations.repo.js';
import { findProjectsByIds } from '../../repos/risk-links.repo.js';
import {
  countsOfSessions,
  traineesOfSessions,
  type TrainingSessionRow,
} from '../../repos/trainings.repo.js';
import { placeName } from './capacity-scope.js';

/** Sessions with their place, project, counts and trainees, in the caller's language. */
export async function presentTrainings(
  db: Db,
  organizationId: string,
  rows: readonly TrainingSessionRow[],
  lang: LanguageCode,
): Promise<TrainingSession[]> {
  const ids = rows.map((r) => r.id);
  const projectIds = [...new Set(rows.flatMap((r) => (r.projectId ? [r.projectId] : [])))];
  const [counts, trainees, places, projects] = await Promise.all([
    countsOfSessions(db, organizationId, ids),
    traineesOfSessions(db, organizationId, ids),
    findLocationsByPcodes(db, organizationId, [...new Set(rows.map((r) => r.locationPcode))]),
    findProjectsByIds(db, organizationId, projectIds),
  ]);
  const projectOf = new Map(
    projects.map((p) => [p.id, { id: p.id, code: p.code, title: p.title }]),
  );
  return rows.map((r) => {
    const participants = (counts.get(r.id) ?? []).map(({ participantType, sex, count }) => ({
      participantType,
      sex,
      count,
    })) as TrainingSession['participants'];
    return {
      id: r.id,
      topic: r.topic as TrainingTopic,
      topicOther: r.topicOther,
      date: r.heldOn,
      place: {
        pcode: r.locationPcode,
        name: placeName(places.get(r.locationPcode), r.locationPcode, lang),
      },
      country: r.country,
      project: r.projectId ? (projectOf.get(r.projectId) ?? null) : null,
      facilitator: r.facilitator,
      language: r.language,
      participants,
      total: participants.reduce((sum, p) => sum + p.count, 0),
      trainees: trainees.get(r.id) ?? [],
      version: r.version,
    };
  });
}
