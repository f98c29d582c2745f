// DOM helpers. Record text only ever becomes text nodes and attribute values, never markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false || child === '') continue;
    node.append(typeof child === 'object' ? child : String(child));
  }
  return node;
}

/** An HTML element: h('a', { href, class: 'x', onclick }, 'text', child, [more]). */
export const h = (tag, attrs, ...children) => build(document.createElement(tag), attrs, children);

/** An SVG element, same signature. */
export const svg = (tag, attrs, ...children) => build(document.createElementNS(SVG_NS, tag), attrs, children);

/** Only http(s) links: a record must never become a javascript: URL. `base` resolves a relative one. */
export function safeUrl(url, base) {
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : '';
  } catch {
    return '';
  }
}

let counter = 0;
/** An id unique in the page, for aria-controls, aria-labelledby and the like. */
export const uid = (prefix) => `pf-${prefix}-${++counter}`;

/** Text only screen readers get. */
export const hidden = (text) => h('span', { class: 'vh' }, text);
