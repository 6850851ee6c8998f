import { describe, expect, it } from 'vitest';
import { checkConsultation, decisionProblems } from './check-consultation.js';
import { consultationFieldsSchema } from './consultation.schema.js';

const vocabulary = { ageBrackets: ['18-59', '60+'], principles: ['safety_dignity'] };
const fields = (overrides: Record<string, unknown> = {}) =>
  consultationFieldsSchema.parse({
    heldOn: '2026-02-10',
    locationPcode: 'SD0101',
    method: 'community_meeting',
    facilitator: 'A',
    languages: ['ar', 'fr-TD'],
    topics: ['Water'],
    participants: [{ sex: 'female', ageBracket: '18-59', count: 3 }],
    ...overrides,
  });

describe('checkConsultation', () => {
  it('accepts a valid consultation', () => {
    expect(checkConsultation(fields(), vocabulary)).toEqual([]);
  });

  it('refuses a consultation nobody attended', () => {
    const none = fields({ participants: [{ sex: 'male', ageBracket: '60+', count: 0 }] });
    expect(checkConsultation(none, vocabulary)).toEqual([{ path: 'participants', code: 'none' }]);
  });

  it.each([
    [{ link: 'project' }, ['projectId:required']],
    [{ link: 'feedback_trend', feedbackCategory: 'suggestion' }, []],
    [
      { link: 'feedback_trend', feedbackCategory: 'suggestion', actionId: crypto.randomUUID() },
      ['actionId:not_for_link'],
    ],
  ])('decision %j → %j', (decision, expected) => {
    const problems = decisionProblems({ description: 'd', ...decision } as never, 'd');
    expect(problems.map((p) => `${p.path.slice(2)}:${p.code}`)).toEqual(expected);
  });

  it('refuses a language that is not a language tag', () => {
    expect(consultationFieldsSchema.safeParse({ ...fields(), languages: ['Arabic'] }).success).toBe(
      false,
    );
  });
});
