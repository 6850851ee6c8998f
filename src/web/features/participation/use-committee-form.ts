import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import {
  committeeFieldsSchema,
  type CommitteeFields,
  type CommitteeFieldsInput,
} from '../../../core/participation/committee.schema.js';
import type { Committee } from '../../../core/participation/participation-api.schema.js';
import { useServerSubmit } from '../../lib/use-server-submit.js';
import { newSubmissionKey } from './participation-labels.js';
import { createCommittee, PARTICIPATION_QUERY_KEY, updateCommittee } from './participation.api.js';

export const COMMITTEE_FIELDS = [
  'name',
  'kind',
  'locationPcode',
  'siteName',
  'projectId',
  'establishedOn',
  'members',
  'targets',
  'trainings',
] as const;

/** The form values of a stored committee, or of a new one. */
export function committeeValuesOf(c?: Committee): CommitteeFieldsInput {
  if (!c)
    return {
      name: '',
      kind: 'camp',
      locationPcode: '',
      siteName: '',
      projectId: null,
      members: [{ role: 'chair', sex: 'female', ageBracket: '18-59', count: 1 }],
      targets: { womenShare: 0.5, disabilityShare: 0.15 },
      trainings: [],
    };
  return {
    name: c.name,
    kind: c.kind,
    locationPcode: c.locationPcode,
    siteName: c.siteName ?? '',
    projectId: c.project?.id ?? null,
    ...(c.establishedOn ? { establishedOn: c.establishedOn } : {}),
    members: c.members,
    targets: c.targets,
    trainings: c.trainings,
  };
}

/** The form of one committee: an idempotency key for a new one, the version for a revision. */
export function useCommitteeForm(onDone: (c: Committee) => void, existing?: Committee) {
  const queryClient = useQueryClient();
  const key = useRef(newSubmissionKey());
  const form = useForm<CommitteeFieldsInput, unknown, CommitteeFields>({
    resolver: zodResolver(committeeFieldsSchema),
    defaultValues: committeeValuesOf(existing),
  });
  const submission = useServerSubmit({
    setError: form.setError,
    fields: COMMITTEE_FIELDS,
    send: (values: CommitteeFields) =>
      existing
        ? updateCommittee(existing.id, { ...values, version: existing.version })
        : createCommittee(values, key.current),
    onSuccess: async (saved: Committee) => {
      key.current = newSubmissionKey();
      await queryClient.invalidateQueries({ queryKey: PARTICIPATION_QUERY_KEY });
      onDone(saved);
    },
  });
  return { form, ...submission };
}
