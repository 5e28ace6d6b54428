import type { DiagramLayout } from '../../geometry/diagram-layout.js';
import type { PartId } from '../../model/types.js';
import { svgElement } from './svg-element.js';

/** Built layers by layout, with the part ids they were built for (nearly always the same ones). */
const built = new WeakMap<DiagramLayout, { ids: string; layer: Node }>();

function buildLayer(layout: DiagramLayout, ids: readonly PartId[]): Node {
  const layer = svgElement('g', { class: 'labels', 'aria-hidden': 'true' });
  const labels = [layout.core.label, ...layout.segments.map((segment) => segment.label)];
  labels.forEach((label, index) => {
    const text = svgElement(
      'text',
      {
        class: index ? 'label' : 'label core-label',
        'data-part': ids[index],
        'font-size': label.fontSize.toFixed(1),
        // A line along an arc places each character itself, from its start.
        'text-anchor': label.arc ? 'start' : 'middle',
      },
      layer,
    );
    const top = label.y - (label.lineHeight * (label.lines.length - 1)) / 2;
    label.lines.forEach((line, i) => {
      const glyphs = label.arc?.glyphs[i];
      const position: Record<string, string> = glyphs
        ? {
            x: glyphs.map((glyph) => glyph.x.toFixed(1)).join(' '),
            y: glyphs.map((glyph) => glyph.y.toFixed(1)).join(' '),
            rotate: glyphs.map((glyph) => glyph.rotate.toFixed(1)).join(' '),
          }
        : { x: label.x.toFixed(1), y: (top + i * label.lineHeight).toFixed(1) };
      // Text, never markup: labels come from the page's content.
      svgElement('tspan', { ...position, 'dominant-baseline': 'central' }, text).textContent = line;
    });
  });
  return layer;
}

/**
 * The drawn labels of a layout, for the parts in drawing order (core first): a layer built once
 * per layout and shared, for each diagram to copy (and to compare by identity, to know when its copy is stale). Labels are
 * static between layouts, so plain DOM serves them: templates would keep a binding for each
 * line's position and text in every diagram on the page. They sit in a layer of their own above
 * the parts, hidden from assistive technology, which gets each part's name whole from its
 * `aria-label`.
 */
export function labelLayer(layout: DiagramLayout, partIds: readonly PartId[]): Node {
  const ids = partIds.join();
  let entry = built.get(layout);
  if (entry?.ids !== ids) built.set(layout, (entry = { ids, layer: buildLayer(layout, partIds) }));
  return entry.layer;
}
