/** The worksheet's chunk, fetched once a practice first opens (after the panel's first frame). */
import { css, html } from 'lit';
import type { FeatureHost, FeatureInstance } from '../feature.js';
import { defineElement } from '../../shared/define-element.js';
import { Worksheet } from './worksheet.js';

/** The host's part of printing: with a practice open, the paper gets its worksheet alone. */
const printStyles = css`
  @media print {
    .layout.is-open .diagram-column {
      display: none;
    }
    .layout.is-open {
      display: block;
    }
  }
`;

export function attach(host: FeatureHost): FeatureInstance {
  defineElement('innovasjon-modell-worksheet', Worksheet);
  return {
    styles: printStyles,
    renderPracticeTools: (practice) =>
      html`<innovasjon-modell-worksheet exportparts="worksheet" .practice=${practice} .tools=${host.tools}></innovasjon-modell-worksheet>`,
  };
}
