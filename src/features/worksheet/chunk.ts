/** The worksheet's chunk, fetched when the page is idle or a practice first opens. */
import { html } from 'lit';
import type { FeatureHost, FeatureInstance } from '../feature.js';
import { defineElement } from '../../shared/define-element.js';
import { Worksheet } from './worksheet.js';

export function attach(host: FeatureHost): FeatureInstance {
  defineElement('innovasjon-modell-worksheet', Worksheet);
  return {
    renderPracticeTools: (practice) =>
      html`<innovasjon-modell-worksheet exportparts="worksheet" .practice=${practice} .tools=${host.tools}></innovasjon-modell-worksheet>`,
  };
}
