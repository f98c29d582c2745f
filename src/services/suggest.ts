import type { Db } from '../db/client.js';
import { type SuggestionRow, type SuggestionType, suggestions } from '../queries/suggest.js';
import type { Suggestion } from '../schemas/suggest.js';
import { planSearchWords } from './search-text.js';

const typeOrder: Record<SuggestionType, number> = { program: 0, institution: 1, city: 2 };

const better = (a: SuggestionRow, b: SuggestionRow) =>
  b.score - a.score ||
  a.text.length - b.text.length ||
  typeOrder[a.type] - typeOrder[b.type] ||
  (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

/**
 * Type-ahead over program names, institution names and cities. Every word but the last is taken
 * as meant (a misspelt one corrected against the words the programs use); the last is what is
 * being typed, so it stays as typed while some known word starts with it.
 */
export async function suggest(db: Db, q: string, limit: number): Promise<Suggestion[]> {
  const plans = await planSearchWords(db, q);
  if (plans.length === 0) return [];
  const phrase = plans
    .map((plan, index) =>
      index === plans.length - 1 && (plan.completes || plan.meant === plan.typed) ? plan.typed : plan.meant,
    )
    .join(' ');
  const rows = await suggestions(db, phrase, limit);
  return rows
    .sort(better)
    .slice(0, limit)
    .map(({ type, text, id, state }) => ({ type, text, id, state }) as Suggestion);
}
