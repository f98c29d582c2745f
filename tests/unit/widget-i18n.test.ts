import { describe, expect, it } from 'vitest';
import { formats, pickLanguage } from '../../src/web/widget/format.js';
import { failureKey, fill, translator } from '../../src/web/widget/i18n.js';
import { MULTI, SINGLE_KEYS, SORTS } from '../../src/web/widget/search.js';
import type { Vocab } from '../../src/web/widget/types.js';

const vocab: Vocab = {
  degree_level: [{ value: 'associate', label: 'Associate', description: 'Two years' }],
  accreditation_status: [{ value: 'accredited', label: 'Accredited', description: '' }],
  occupation: [{ value: '29-2072', label: 'Medical Records Specialists', description: null }],
  state: [{ value: 'PR', label: 'Puerto Rico', description: '' }],
};

describe('pickLanguage', () => {
  it('speaks Spanish for any Spanish tag, else English', () => {
    expect(pickLanguage('es')).toBe('es');
    expect(pickLanguage('es-MX')).toBe('es');
    expect(pickLanguage('ES')).toBe('es');
    expect(pickLanguage('en-US')).toBe('en');
    expect(pickLanguage('fr')).toBe('en');
    expect(pickLanguage('espanol')).toBe('en');
    expect(pickLanguage(null)).toBe('en');
  });
});

describe('formats', () => {
  it('writes numbers, money and percentages as each language does', () => {
    const en = formats('en');
    const es = formats('es');
    expect(en.number(1234.56)).toBe('1,234.6');
    expect(en.money(12500)).toBe('$12,500');
    expect(en.percent(84.25)).toBe('84.3%');
    expect(en.compactMoney(50000)).toBe('$50K');
    expect(es.number(1234.5)).toMatch(/^1[,.\s\u00a0\u202f]?234[.,]5$/);
    expect(es.money(12500)).toContain('12');
  });

  it('writes dates in UTC, and leaves what is not a date as it is', () => {
    expect(formats('en').date('2024-03-01')).toBe('Mar 1, 2024');
    expect(formats('en').date('2024-03-01T23:30:00Z')).toBe('Mar 1, 2024');
    expect(formats('en').date('soon')).toBe('soon');
  });

  it('translates a wage release’s month, and leaves other texts alone', () => {
    expect(formats('en').month('May 2020')).toBe('May 2020');
    expect(formats('es').month('May 2020')).toBe('mayo de 2020');
    expect(formats('es').month('September 2023')).toBe('septiembre de 2023');
    expect(formats('es').month('2020')).toBe('2020');
    expect(formats('es').month('Foo 2020')).toBe('Foo 2020');
  });
});

describe('messages', () => {
  it('fills placeholders, empty when a value is missing', () => {
    expect(fill('{n} of {total}', { n: 3, total: 10 })).toBe('3 of 10');
    expect(fill('{n} of {total}', { n: 3 })).toBe('3 of ');
  });

  it('have a label for every filter and sort order, in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      const tr = translator(lang, null);
      for (const key of [...MULTI, ...SINGLE_KEYS]) expect(tr.t(`f:${key}`)).not.toMatch(/^f:/);
      for (const sort of SORTS) expect(tr.t(`sort:${sort}`)).not.toMatch(/^sort:/);
    }
  });

  it('count results in words', () => {
    const tr = translator('en', null);
    expect(tr.count(0, 0)).toBe('No programs match your search.');
    expect(tr.count(1, 1)).toBe('1 program found');
    expect(tr.count(1234, 20)).toBe('1,234 programs found, showing 20');
    expect(translator('es', null).count(3, 3)).toBe('3 programas encontrados');
  });

  it('say what to do about each failure, never a status code', () => {
    expect(failureKey(0)).toBe('unreachable');
    expect(failureKey(429)).toBe('busy');
    expect(failureKey(503)).toBe('serverTrouble');
    expect(failureKey(400)).toBe('badSearch');
    expect(failureKey(404)).toBe('failed');
    for (const status of [0, 400, 404, 429, 500]) {
      const text = translator('es', null).t(failureKey(status));
      expect(text).not.toMatch(/\d{3}/);
      expect(text).not.toBe(translator('en', null).t(failureKey(status)));
    }
  });
});

describe('labels', () => {
  it('are the API’s in English, and this widget’s in Spanish with the API’s as fallback', () => {
    const en = translator('en', vocab);
    const es = translator('es', vocab);
    expect(en.label('degree_level', 'associate')).toBe('Associate');
    expect(es.label('degree_level', 'associate')).toBe('Asociado');
    expect(en.label('occupation', '29-2072')).toBe('Medical Records Specialists');
    expect(es.label('occupation', '29-2072')).toBe('Especialistas en registros médicos');
    expect(es.label('state', 'NY')).toBe('Nueva York');
    expect(en.label('state', 'NY')).toBe('NY');
    expect(en.label('state', 'PR')).toBe('Puerto Rico');
    expect(es.label('state', 'PR')).toBe('Puerto Rico');
  });

  it('fall back to the value in plain words while the vocabularies load', () => {
    const tr = translator('en', null);
    expect(tr.label('delivery_mode', 'online')).toBe('Online');
    expect(tr.label('career_services', 'exam_prep')).toBe('Exam prep');
    expect(tr.label('occupation', '11-9111', 'Managers')).toBe('Managers');
    expect(tr.label('degree_level', '')).toBe('');
    expect(tr.label('degree_level', null)).toBe('');
  });

  it('describe values in English only', () => {
    expect(translator('en', vocab).description('degree_level', 'associate')).toBe('Two years');
    expect(translator('es', vocab).description('degree_level', 'associate')).toBe('');
  });
});
