/**
 * Registers `<innovasjon-modell>`. Importing this module is the side effect; it is safe to
 * import twice, and a tag defined earlier by another copy is left as it is.
 */
import { InnovasjonModell } from './components/innovasjon-modell/innovasjon-modell.js';
import { defineElement } from './shared/define-element.js';

defineElement('innovasjon-modell', InnovasjonModell);

export { InnovasjonModell };
