import { describe, expect, it } from 'vitest';
import { committeeBalance } from './committee-balance.js';

const m = (role: string, sex: string, count: number, hasDisability = false) => ({
  role: role as 'member',
  sex,
  count,
  hasDisability,
});
const targets = { womenShare: 0.5, disabilityShare: 0.15 };

describe('committeeBalance', () => {
  it.each([
    [
      'half women, a woman chairs, enough disability',
      [m('chair', 'female', 1), m('member', 'female', 4, true), m('member', 'male', 5)],
      'met',
      'met',
      true,
    ],
    [
      'one short of half',
      [m('chair', 'female', 4), m('member', 'male', 5)],
      'below',
      'below',
      false,
    ],
    [
      'women only as members',
      [m('chair', 'male', 1), m('member', 'female', 5, true)],
      'met',
      'met',
      false,
    ],
  ])('%s', (_, members, women, disability, balanced) => {
    const result = committeeBalance(members, targets);
    expect(result.womenFlag).toBe(women);
    expect(result.disabilityFlag).toBe(disability);
    expect(result.balanced).toBe(balanced);
  });

  it('meets a target exactly at the share (5 of 10 is 0.5, 3 of 20 is 0.15)', () => {
    const result = committeeBalance(
      [
        m('chair', 'female', 10, false),
        m('member', 'female', 0),
        m('member', 'male', 7),
        m('member', 'male', 3, true),
      ],
      targets,
    );
    expect(result.womenShare).toBe(0.5);
    expect(result.womenFlag).toBe('met');
    const three = committeeBalance(
      [m('chair', 'female', 3, true), m('member', 'male', 17)],
      targets,
    );
    expect(three.disabilityShare).toBe(0.15);
    expect(three.disabilityFlag).toBe('met');
  });

  it('treats an empty membership as below target', () => {
    expect(committeeBalance([], targets)).toMatchObject({
      members: 0,
      womenFlag: 'below',
      balanced: false,
    });
  });
});
