import { describe, expect, it } from 'vitest';
import { minimumShared } from './minimum-shared.js';
import { canMove, isFollowUpOverdue, nextStatuses } from './referral-workflow.js';
import { cleanPhone } from './hsds-read.js';

describe('referral workflow', () => {
  it('allows sent → accepted/declined and accepted → completed only', () => {
    expect(nextStatuses('sent')).toEqual(['accepted', 'declined']);
    expect(canMove('sent', 'completed')).toBe(false);
    expect(canMove('accepted', 'completed')).toBe(true);
    expect(canMove('declined', 'accepted')).toBe(false);
    expect(nextStatuses('completed')).toEqual([]);
  });

  it('calls a follow-up overdue only when open and strictly past', () => {
    expect(isFollowUpOverdue('sent', '2026-11-30', '2026-12-01')).toBe(true);
    expect(isFollowUpOverdue('sent', '2026-12-01', '2026-12-01')).toBe(false);
    expect(isFollowUpOverdue('completed', '2026-11-01', '2026-12-01')).toBe(false);
    expect(isFollowUpOverdue('accepted', null, '2026-12-01')).toBe(false);
  });
});

describe('minimum sharing', () => {
  const facts = { name: 'A', phone: '123', need: 'help' };
  const consent = {
    givenBy: 'person' as const,
    givenAt: '2026-12-01T00:00:00Z',
    purpose: 'x',
    mayShare: ['name' as const, 'need' as const],
  };

  it('shares the consented facts given and names the others', () => {
    expect(minimumShared(facts, consent)).toEqual({
      shared: { name: 'A', need: 'help' },
      fields: ['name', 'need'],
      notConsented: ['phone'],
    });
  });

  it('under an override shares what was given', () => {
    expect(minimumShared(facts, null).fields).toEqual(['name', 'phone', 'need']);
  });
});

describe('HSDS phone numbers', () => {
  it('drops the literal quote characters some exports wrap numbers in', () => {
    expect(cleanPhone('"+44 1234 234567"')).toBe('+44 1234 234567');
    expect(cleanPhone(' (0123) 4567 8900 ')).toBe('(0123) 4567 8900');
  });
});
