import { describe, expect, it } from 'vitest';
import { filterShape } from '../../src/schemas/program-query.js';
import {
  activeFilters,
  attributeOf,
  BOOLEAN,
  CARD_FIELDS,
  clearFilters,
  defaultSort,
  emptySearch,
  FILTERS,
  fromAddress,
  idsOf,
  MULTI,
  PARAMS,
  PLACE,
  parseCity,
  parseValue,
  type Search,
  searchFrom,
  toAddress,
  toQuery,
  withoutRefused,
} from '../../src/web/widget/search.js';

const search = (change: Partial<Search>): Search => ({ ...emptySearch(), ...change });

describe('the widget’s filters', () => {
  it('are the filters of the service’s query schema, no more and no fewer', () => {
    expect(Object.keys(FILTERS).sort()).toEqual(Object.keys(filterShape).sort());
    for (const key of Object.keys(filterShape)) expect(PARAMS).toContain(key);
  });

  it('are lists exactly where the schema takes several values', () => {
    expect(MULTI).toEqual([
      'degree_level',
      'discipline',
      'occupation',
      'delivery_mode',
      'state',
      'accreditation_status',
      'internship_format',
      'career_services',
    ]);
    expect(BOOLEAN).toEqual(['internship_required', 'placement_assistance']);
    expect(filterShape.internship_required.parse('true')).toBe(true);
  });

  it('ask only for what a card shows', () => {
    expect(CARD_FIELDS).toContain('institution');
    expect(CARD_FIELDS).not.toContain('description');
  });
});

describe('parseValue', () => {
  it('reads a list, trimmed, states in capitals', () => {
    expect(parseValue('state', ' tx, ok ')).toEqual(['TX', 'OK']);
    expect(parseValue('degree_level', 'associate,master')).toEqual(['associate', 'master']);
    expect(parseValue('degree_level', '')).toEqual([]);
    expect(parseValue('degree_level', null)).toEqual([]);
  });

  it('reads one value as trimmed text', () => {
    expect(parseValue('q', '  health  ')).toBe('health');
    expect(parseValue('max_tuition', undefined)).toBe('');
  });
});

describe('toQuery', () => {
  it('is empty for an empty search, and asks for the card fields for a list', () => {
    expect(toQuery(emptySearch(), 'filters').toString()).toBe('');
    expect(toQuery(emptySearch(), 'list').get('fields')).toBe(CARD_FIELDS.join(','));
    expect(toQuery(emptySearch(), 'url').has('fields')).toBe(false);
  });

  it('writes lists comma-separated, in the order of the parameters', () => {
    const s = search({ q: 'health', state: ['TX', 'OK'], degree_level: ['associate'], sort: 'name', limit: '10' });
    expect(toQuery(s, 'url').toString()).toBe('q=health&degree_level=associate&state=TX%2COK&sort=name&limit=10');
    expect(toQuery(s, 'filters').toString()).toBe('q=health&degree_level=associate&state=TX%2COK');
  });

  it('keeps online programs near a place unless told not to, and sends radius and include_online only with near', () => {
    expect(toQuery(search({ radius_mi: '25', include_online: 'false' }), 'filters').toString()).toBe('');
    expect(toQuery(search({ near: '60601' }), 'filters').toString()).toBe('near=60601&include_online=true');
    expect(toQuery(search({ near: '60601', radius_mi: '25', include_online: 'false' }), 'filters').toString()).toBe(
      'near=60601&radius_mi=25&include_online=false',
    );
  });

  it('is a query the service accepts', () => {
    const s = search({ near: '41.88,-87.63', state: ['IL'], max_tuition: '10000', internship_required: 'true' });
    const query = Object.fromEntries(toQuery(s, 'filters'));
    for (const [key, value] of Object.entries(query)) {
      const schema = filterShape[key as keyof typeof filterShape];
      expect(schema.safeParse(value).success, `${key}=${value}`).toBe(true);
    }
  });
});

describe('the state of an /embed address', () => {
  it('round-trips the search, the view and the programs chosen', () => {
    const s = search({ q: 'coding', state: ['FL'], near: '33312', radius_mi: '100', sort: 'distance' });
    const params = toAddress(s, { lang: 'es', view: 'compare', chosen: ['a', 'b'] });
    expect(params.get('lang')).toBe('es');
    expect(params.get('view')).toBe('compare');
    expect(params.get('chosen')).toBe('a,b');
    expect(fromAddress(new URLSearchParams(params.toString()))).toEqual({
      search: { ...s, include_online: 'true' },
      view: 'compare',
      chosen: ['a', 'b'],
    });
  });

  it('leaves out the list view and what is not set', () => {
    expect(toAddress(emptySearch(), { view: 'list', chosen: [], theme: null }).toString()).toBe('');
    expect(toAddress(emptySearch(), { view: 'map', chosen: [] }).toString()).toBe('view=map');
  });

  it('opens the comparison only with two programs or more', () => {
    expect(fromAddress(new URLSearchParams('view=compare&chosen=a')).view).toBe('list');
    expect(fromAddress(new URLSearchParams('view=map')).view).toBe('map');
    expect(fromAddress(new URLSearchParams('view=other')).view).toBe('list');
  });

  it('reads at most five programs', () => {
    expect(idsOf(' a, b,,c,d,e,f ')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(idsOf(null)).toEqual([]);
  });

  it('reads attributes by their kebab-case names', () => {
    const attributes: Record<string, string> = { 'degree-level': 'associate', 'max-tuition': '5000' };
    const s = searchFrom((key) => attributes[attributeOf(key)]);
    expect(s.degree_level).toEqual(['associate']);
    expect(s.max_tuition).toBe('5000');
  });
});

describe('defaultSort and activeFilters', () => {
  it('sorts as the API does when no sort is chosen', () => {
    expect(defaultSort(search({ q: 'x', near: '60601' }))).toBe('relevance');
    expect(defaultSort(search({ near: '60601' }))).toBe('distance');
    expect(defaultSort(emptySearch())).toBe('name');
  });

  it('counts each value of a list and each one-valued filter, but not the text, place or sort', () => {
    const s = search({ q: 'x', near: '60601', sort: 'name', state: ['TX', 'OK'], min_pass_rate: '80' });
    expect(activeFilters(s)).toBe(3);
    const cleared = clearFilters(s);
    expect(activeFilters(cleared)).toBe(0);
    expect(cleared).toMatchObject({ q: 'x', near: '60601', sort: 'name' });
  });
});

describe('the place box', () => {
  it('sends ZIP codes and points as they are', () => {
    expect(PLACE.test('60601')).toBe(true);
    expect(PLACE.test('41.88,-87.63')).toBe(true);
    expect(PLACE.test('Chicago')).toBe(false);
    expect(PLACE.test('6060')).toBe(false);
  });

  it('reads a city with or without its state', () => {
    expect(parseCity('Chicago')).toEqual({ name: 'Chicago', state: null });
    expect(parseCity(' Chicago, il ')).toEqual({ name: 'Chicago', state: 'IL' });
    expect(parseCity('C')).toBeNull();
  });
});

describe('withoutRefused', () => {
  it('drops the values a problem quotes, and whole one-valued filters, with a warning for each', () => {
    const s = search({ degree_level: ['bachelor', 'associate'], max_tuition: 'lots', q: 'x' });
    const { search: next, ignored } = withoutRefused(s, [
      { name: 'degree_level', message: 'has "bachelor", which is not one of: associate, baccalaureate' },
      { name: 'max_tuition', message: 'must be an integer' },
      { name: 'fields', message: 'not the widget’s' },
    ]);
    expect(next.degree_level).toEqual(['associate']);
    expect(next.max_tuition).toBe('');
    expect(next.q).toBe('x');
    expect(ignored).toEqual([
      'degree-level="bachelor" (has "bachelor", which is not one of: associate, baccalaureate)',
      'max-tuition="lots" (must be an integer)',
    ]);
    expect(s.degree_level).toEqual(['bachelor', 'associate']);
  });

  it('leaves the place alone, and ignores a parameter the search does not have', () => {
    const s = search({ near: 'nowhere' });
    expect(
      withoutRefused(s, [
        { name: 'near', message: 'bad' },
        { name: 'state', message: 'bad' },
      ]).ignored,
    ).toEqual([]);
  });
});
