import { describe, expect, it } from 'vitest';
import { translator } from '../../src/web/widget/i18n.js';
import { emptySearch, type Search } from '../../src/web/widget/search.js';
import { waysOut, worthOffering } from '../../src/web/widget/ways.js';

const tr = translator('en', null);
const search = (change: Partial<Search>): Search => ({ ...emptySearch(), ...change });

describe('waysOut', () => {
  it('offers every accreditation status for a search with nothing else to undo', () => {
    expect(waysOut(emptySearch(), tr)).toEqual([
      { text: 'Include every accreditation status', change: { accreditation_status: ['any'] } },
    ]);
    expect(waysOut(search({ accreditation_status: ['any'] }), tr)).toEqual([]);
  });

  it('widens the radius, brings back online programs and clears each filter and the search text', () => {
    const s = search({
      near: '60601',
      radius_mi: '100',
      include_online: 'false',
      state: ['IL'],
      internship_required: 'true',
      max_tuition: '5000',
      q: 'coding',
    });
    expect(waysOut(s, tr).map((way) => [way.text, way.change])).toEqual([
      ['Search within 250 miles', { radius_mi: '250' }],
      ['Search within 500 miles', { radius_mi: '500' }],
      ['Include online programs', { include_online: '' }],
      ['Include every accreditation status', { accreditation_status: ['any'] }],
      ['Remove “State: IL”', { state: [] }],
      ['Remove “Internship required: Yes”', { internship_required: '' }],
      ['Remove “In-state tuition up to: $5,000”', { max_tuition: '' }],
      ['Search all programs, not just “coding”', { q: '' }],
    ]);
  });
});

describe('worthOffering', () => {
  it('keeps the ways that find programs, and of the wider radii only the nearest', () => {
    const s = search({ near: '60601', radius_mi: '10', state: ['IL'] });
    const ways = waysOut(s, tr);
    expect(ways.map((way) => way.text)).toEqual([
      'Search within 25 miles',
      'Search within 50 miles',
      'Search within 100 miles',
      'Search within 250 miles',
      'Search within 500 miles',
      'Include every accreditation status',
      'Remove “State: IL”',
    ]);
    const offered = worthOffering(ways, [0, null, 3, 9, 20, 0, 7]);
    expect(offered.map((way) => [way.text, way.n])).toEqual([
      ['Search within 100 miles', 3],
      ['Remove “State: IL”', 7],
    ]);
  });
});
