/**
 * Default content in Norwegian bokmål, written in plain language (LIX ≤ 40). The names of the
 * model's parts follow Meld. St. 30 (2019–2020) exactly. Kept in two files, so the element's
 * main bundle holds only what the diagram draws (see `nb-summary.ts` and `nb-details.ts`).
 */
import { joinContent } from '../../model/content-parts.js';
import type { ModelContent } from '../../model/types.js';
import { nbDetails } from './details.js';
import { nbSummary } from './summary.js';

export const nb: ModelContent = joinContent(nbSummary, nbDetails);
