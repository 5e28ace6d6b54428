import { CORE_ID, type PartId } from '../../model/types.js';
import { labelText } from '../../model/label-text.js';
import { messagePrefix } from '../../model/message-prefix.js';
import type { FeatureHost } from '../feature.js';
import { pngScale, readRequest } from './export-options.js';
import { figurePng } from './figure-png.js';
import { readScene } from './figure-scene.js';
import { figureSvg } from './figure-svg.js';
import { withPngMetadata } from './png-metadata.js';

/**
 * Everything drawn as it will stay: content, language and fonts loaded, the diagram laid out
 * again for a font that came late, and no colour half-way through a transition.
 */
async function settled(host: FeatureHost): Promise<SVGSVGElement | null> {
  await host.updateComplete;
  await document.fonts?.ready;
  await host.updateComplete;
  const drawing = host.drawing;
  const transitions = drawing?.getAnimations({ subtree: true }).filter((animation) => animation instanceof CSSTransition) ?? [];
  await Promise.all(transitions.map((transition) => transition.finished.catch(() => undefined)));
  return drawing;
}

/**
 * The figure in words, in the element's language, naming the part the drawing shows open; the
 * content's own description where the tool text could not be loaded.
 */
function describe(host: FeatureHost, open: PartId | ''): string {
  const content = host.shownContent;
  const openTitle =
    open === CORE_ID ? content.core.title : (content.practices.find((practice) => practice.id === open)?.title ?? '');
  return (
    host.tools?.export.description({
      title: content.title,
      values: content.core.values.map((value) => labelText(value.label)),
      practices: content.practices.map((practice) => practice.title),
      open: openTitle,
    }) ?? content.description
  );
}

/**
 * The figure as the viewer sees it, as a PNG or SVG file. Waits for whatever is still loading;
 * content that was repaired is exported as shown. Rejects only a request that cannot be met: an
 * unknown format or option, or an element with no figure drawn (hidden, or of no width).
 */
export async function exportFigure(host: FeatureHost, options: unknown): Promise<Blob> {
  const prefix = messagePrefix(host.localName);
  const request = readRequest(options, prefix);
  void host.loadTools();
  const drawing = await settled(host);
  if (!drawing?.isConnected || !drawing.viewBox.baseVal.width) {
    throw new Error(`${prefix}exportFigure(): there is no figure to export, as the element is not shown or has no width.`);
  }
  const scene = await readScene(host, drawing, request.background, (open) => describe(host, open));
  if (request.format === 'svg') {
    return new Blob([figureSvg(scene, request.scale ?? 1)], { type: 'image/svg+xml' });
  }
  const scale = pngScale(scene.size, request.scale, prefix);
  const png = new Uint8Array(await (await figurePng(scene, scale)).arrayBuffer());
  const file = withPngMetadata(png, { title: scene.title, description: scene.description, lang: scene.lang, scale });
  return new Blob([file], { type: 'image/png' });
}
