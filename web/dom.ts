// What the pages' scripts share: finding elements, building them with textContent only
// (nothing from the server is parsed as HTML), and the server's timeline picture.

export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
};

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.text !== undefined) e.textContent = props.text;
  e.append(...children);
  return e;
}

/** The server's SVG picture (handlers/timeline-svg.ts, every text escaped) as a node, inside a <figure>; nothing when it is missing or does not parse. */
export function timeline(svg: string | undefined): Node[] {
  if (!svg) return [];
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  if (doc.documentElement.nodeName !== 'svg' || doc.querySelector('parsererror')) return [];
  return [el('figure', { className: 'timeline' }, document.importNode(doc.documentElement, true))];
}
