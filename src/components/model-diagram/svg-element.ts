const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with the given attributes, appended to `parent` when one is given. */
export function svgElement(name: string, attributes: Record<string, string>, parent?: Node): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  for (const attribute in attributes) element.setAttribute(attribute, attributes[attribute]);
  parent?.appendChild(element);
  return element;
}
