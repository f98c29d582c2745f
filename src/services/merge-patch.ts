/** JSON merge patch (RFC 7396): what PATCH bodies mean. */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Applies `patch` to `target`: members of an object patch replace, merge into, or (when null)
 * remove the target's members; anything else replaces the target whole, arrays included.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    // JSON.parse makes "__proto__" an own key; copying it through would replace the prototype.
    if (key === '__proto__') continue;
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}
