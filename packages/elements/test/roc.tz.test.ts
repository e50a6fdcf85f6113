// The local ROC formatter gives Taipei wall-clock time whatever the host's time zone (run again by
// scripts/test-node.mjs under TZ=America/New_York).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rocDateTimeParts, taipeiIsoString } from '../src/internal/roc.js';

describe('rocDateTimeParts', () => {
  it('reads the manual’s download time from a UTC instant', () => {
    assert.deepEqual(rocDateTimeParts(new Date('2022-11-14T06:46:46Z')), {
      y: '111',
      gy: '2022',
      MM: '11',
      dd: '14',
      HH: '14',
      mm: '46',
      ss: '46',
    });
  });

  it('rolls over to the next Taipei day at 16:00 UTC', () => {
    const parts = rocDateTimeParts(new Date('2015-12-31T16:00:00Z'));
    assert.equal(`${parts.y}/${parts.MM}/${parts.dd} ${parts.HH}`, '105/01/01 00');
  });

  it('writes the instant with the +08:00 offset', () => {
    assert.equal(taipeiIsoString(new Date('2016-04-22T06:36:34Z')), '2016-04-22T14:36:34+08:00');
  });
});
