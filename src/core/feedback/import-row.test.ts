import { describe, expect, it } from 'vitest';
import { mapHeaders, parseImportRow } from './import-row.js';

describe('feedback log rows', () => {
  const headers = mapHeaders([
    'start',
    'grp_respondent/resp_sex',
    'grp_respondent/resp_age',
    'Message',
    'channel',
    'consent',
    'phone',
    '_submission_time',
  ]);

  it('maps Kobo group paths and aliases', () => {
    expect([...headers.values()].sort()).toEqual([
      'age',
      'channel',
      'consent',
      'narrative',
      'phone',
      'receivedAt',
      'sex',
    ]);
  });

  it('reads a good row, keeping the phone only with consent', () => {
    const row = parseImportRow(
      [
        '',
        'Female',
        '34',
        'The latrines have no locks',
        'suggestion_box',
        'yes',
        '+249900',
        '2026-11-01T10:00:00Z',
      ],
      headers,
      2,
    );
    expect(row).toEqual({
      request: expect.objectContaining({
        channel: 'suggestion_box',
        narrative: 'The latrines have no locks',
        consentToContact: true,
        contact: { phone: '+249900' },
        submitter: { sex: 'female', age: 34 },
      }),
    });
    const noConsent = parseImportRow(['', '', '', 'x', 'hotline', 'no', '+249900', ''], headers, 3);
    expect('request' in noConsent && noConsent.request.contact).toBeFalsy();
  });

  it.each([
    [['', 'female', '130', 'text', 'hotline', '', '', ''], 'submitter.age'],
    [['', 'female', '30', '', 'hotline', '', '', ''], 'narrative'],
    [['', 'female', '30', 'text', 'carrier pigeon', '', '', ''], 'channel'],
    [['', 'female', '30', 'text', 'hotline', '', '', 'not a date'], 'receivedAt'],
  ])('names the bad field of %j', (values, field) => {
    const row = parseImportRow(values, headers, 7);
    expect('problems' in row && row.problems.map((p) => [p.line, p.field])).toContainEqual([
      7,
      field,
    ]);
  });
});
