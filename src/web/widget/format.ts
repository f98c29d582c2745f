// Numbers, money, percentages and dates as a language writes them. No DOM: unit-tested in Node.

export type Lang = 'en' | 'es';

/** 'es' for a Spanish language tag, else 'en'. */
export const pickLanguage = (tag: string | null | undefined): Lang => (/^es\b/i.test(tag || '') ? 'es' : 'en');

const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';

export function formats(lang: Lang) {
  const locale = lang === 'es' ? 'es-US' : 'en-US';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const compact = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumFractionDigits: 0,
  });
  return {
    number: (n: number) => number.format(n),
    money: (n: number) => money.format(n),
    /** "$50K": the ticks of a pay axis. */
    compactMoney: (n: number) => compact.format(n),
    percent: (n: number) => `${number.format(n)}%`,
    /** A release such as "May 2020" in this language ("mayo de 2020"); other texts as they are. */
    month(text: string): string {
      const m = /^([A-Z][a-z]{2})[a-z]* (\d{4})$/.exec(text || '');
      const i = m?.[1] ? MONTHS.indexOf(m[1]) : -1;
      return !m || i < 0 || i % 3 ? text : month.format(Date.UTC(Number(m[2]), i / 3));
    },
    /** An ISO date or date-time as a date ("Mar 1, 2024"); text that is not one, as it is. */
    date(iso: string): string {
      const parsed = new Date(iso);
      return Number.isNaN(parsed.getTime()) ? String(iso) : date.format(parsed);
    },
  };
}

export type Formats = ReturnType<typeof formats>;
