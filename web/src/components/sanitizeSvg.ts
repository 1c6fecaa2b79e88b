// The QR code arrives as SVG text from our own server. It is still parsed and stripped of
// anything that could run (scripts, event handlers, foreign HTML, external references) before it
// is put into the page.

const FORBIDDEN_ELEMENTS = ['script', 'foreignObject', 'iframe', 'object', 'embed', 'use', 'image', 'a', 'style'];

/** Returns safe SVG markup, or null when the text is not an SVG document. REQUIRES: a DOM. */
export function sanitizeSvg(svg: string): string | null {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  if (!root || root.nodeName.toLowerCase() !== 'svg' || doc.getElementsByTagName('parsererror').length) {
    return null;
  }
  for (const name of FORBIDDEN_ELEMENTS) {
    for (const el of Array.from(doc.getElementsByTagName(name))) el.remove();
  }
  for (const el of [root, ...Array.from(root.getElementsByTagName('*'))]) {
    for (const attr of Array.from(el.attributes)) {
      const n = attr.name.toLowerCase();
      if (n.startsWith('on') || n === 'href' || n === 'xlink:href' || n === 'style') el.removeAttribute(attr.name);
    }
  }
  root.setAttribute('aria-hidden', 'true');
  root.setAttribute('focusable', 'false');
  root.setAttribute('width', '200');
  root.setAttribute('height', '200');
  return new XMLSerializer().serializeToString(root);
}
