// DOM helpers. Record text only ever becomes text nodes and attribute values, never markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Attributes: `on…` names take a listener; null, undefined and false leave the attribute out, true sets it empty. */
export type Attrs = Record<string, unknown> | null | undefined;
/** Children: nodes and text, nested in lists as deep as convenient; null, undefined, false and '' are skipped. */
export type Child = Node | string | number | boolean | null | undefined | readonly Child[];

const flat = (children: readonly Child[]): Child[] =>
  children.flatMap((child) => (Array.isArray(child) ? flat(child) : [child]));

function build<E extends Element>(node: E, attrs: Attrs, children: readonly Child[]): E {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value as EventListener);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of flat(children)) {
    if (child == null || child === false || child === '') continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** An HTML element: h('a', { href, class: 'x', onclick }, 'text', child, [more]). */
export const h = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]) =>
  build(document.createElement(tag), attrs, children);

/** An SVG element, same signature. */
export const svg = <K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs, ...children: Child[]) =>
  build(document.createElementNS(SVG_NS, tag), attrs, children);

/** Only http(s) links: a record must never become a javascript: URL. `base` resolves a relative one. */
export function safeUrl(url: string | null | undefined, base?: string): string {
  try {
    const parsed = new URL(url ?? '', base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : '';
  } catch {
    return '';
  }
}

let counter = 0;
/** An id unique in the page, for aria-controls, aria-labelledby and the like. */
export const uid = (prefix: string) => `pf-${prefix}-${++counter}`;

/** Text only screen readers get. */
export const hidden = (text: string) => h('span', { class: 'vh' }, text);
