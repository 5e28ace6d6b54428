/**
 * The benchmark's reference: about the least code that draws the same picture (a core and four
 * ring segments with labels, sized by its container) and shows a text panel on click.
 * No library, no label fitting, no keyboard support: a floor to compare against, not a product.
 */
// Labels broken into lines by hand, so no text needs measuring.
const PARTS = [
  { id: 'kjerne', title: 'Kultur for innovasjon', lines: ['Nysgjerrighet', 'Mot', 'Åpenhet'] },
  { id: 'muligheter-og-retning', title: 'Se muligheter og vise retning', lines: ['Se muligheter', 'og vise retning'] },
  { id: 'tillit-og-risikovilje', title: 'Vise tillit og risikovilje', lines: ['Vise tillit og', 'risikovilje'] },
  { id: 'samarbeid-og-involvering', title: 'Innby til samarbeid og involvering', lines: ['Innby til', 'samarbeid og', 'involvering'] },
  { id: 'laere-og-endre-praksis', title: 'Lære og endre praksis', lines: ['Lære og endre', 'praksis'] },
];
// About 80 words and three questions, as the library's panel shows for a practice.
const TEXT = [
  'Her står en kort tekst om denne delen av modellen. Den sier hva delen handler om, og hvorfor den betyr noe for deg som leder.',
  'Teksten er skrevet i et klart språk, med korte setninger. Du kan lese den alene eller sammen med andre. Bruk gjerne spørsmålene under når dere snakker sammen i teamet eller i ledergruppen.',
  'Til slutt finner du en film om temaet. Den varer noen minutter, og du kan se den når det passer deg.',
];
const QUESTIONS = [
  'Hva gjør du allerede i dag som du vil fortsette med?',
  'Hva vil du prøve å gjøre annerledes neste uke?',
  'Hvem kan hjelpe deg med det?',
];

const STYLE = `
  :host { display: block; container-type: inline-size; }
  .layout { display: grid; gap: 1.5rem; align-items: start; }
  .ring { width: 100%; max-width: 40rem; margin-inline: auto; }
  @container (min-width: 720px) { .layout.open { grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); } }
  svg { display: block; width: 100%; height: auto; overflow: visible; }
  [role='button'] { cursor: pointer; }
  path, circle { stroke: #5b6b7c; stroke-width: 1.5; }
  circle { fill: #20344f; }
  g:nth-child(2) path { fill: #d4e6f7; }
  g:nth-child(3) path { fill: #d3eddb; }
  g:nth-child(4) path { fill: #fbe0cc; }
  g:nth-child(5) path { fill: #e6dcf3; }
  g.open-part path { fill: #1d5a96; }
  text { fill: #1a2533; font-weight: 600; pointer-events: none; }
  text.core { fill: #fff; }
  .panel { border: 1px solid #5b6b7c; border-radius: 6px; padding: 1rem; }
`;

/** A ring segment between two angles (radians, clockwise from 12 o'clock), with a gap of `pad` px. */
function sector(r0, r1, a0, a1, pad) {
  const point = (r, a) => `${(r * Math.sin(a)).toFixed(1)} ${(-r * Math.cos(a)).toFixed(1)}`;
  const outer = [a0 + pad / 2 / r1, a1 - pad / 2 / r1];
  const inner = [a0 + pad / 2 / r0, a1 - pad / 2 / r0];
  return (
    `M${point(r1, outer[0])}A${r1.toFixed(1)} ${r1.toFixed(1)} 0 0 1 ${point(r1, outer[1])}` +
    `L${point(r0, inner[1])}A${r0.toFixed(1)} ${r0.toFixed(1)} 0 0 0 ${point(r0, inner[0])}Z`
  );
}

// The shadow DOM is written once and cloned for each element, as a hand-written component would.
const template = document.createElement('template');
template.innerHTML = `<style>${STYLE}</style><div class="layout"><div class="ring">
  <svg role="toolbar" aria-label="Kultur for innovasjon">
    ${PARTS.map(
      (part, index) =>
        `<g role="button" tabindex="${index ? -1 : 0}" data-part="${part.id}" aria-label="${part.title}">${index ? '<path></path>' : '<circle></circle>'}</g>`,
    ).join('')}
    ${PARTS.map(
      (part, index) =>
        `<text text-anchor="middle" class="${index ? '' : 'core'}">${part.lines.map((line) => `<tspan dominant-baseline="central">${line}</tspan>`).join('')}</text>`,
    ).join('')}
  </svg></div></div>`;

class ReferenceRing extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.append(template.content.cloneNode(true));
    this.layout = root.querySelector('.layout');
    this.frame = root.querySelector('.ring');
    this.svg = root.querySelector('svg');
    this.shapes = [...root.querySelectorAll('g > *')];
    this.labels = [...root.querySelectorAll('text')];
    root.querySelectorAll('g').forEach((group, index) => {
      group.addEventListener('click', () => this.toggle(PARTS[index], group));
    });
    // Sized by the container: each reported width is drawn at once, in the same frame.
    this.observer = new ResizeObserver((entries) => this.draw(Math.round(entries[entries.length - 1].contentRect.width)));
  }

  connectedCallback() {
    this.observer.observe(this.frame);
  }

  disconnectedCallback() {
    this.observer.disconnect();
  }

  draw(size) {
    if (!size || size === this.size) return;
    this.size = size;
    const half = size / 2;
    const r1 = half - 4;
    const r0 = r1 * 0.37;
    const font = Math.min(26, Math.max(11, size * 0.04));
    this.svg.setAttribute('viewBox', `${-half} ${-half} ${size} ${size}`);
    this.svg.setAttribute('width', size);
    this.svg.setAttribute('height', size);
    this.shapes[0].setAttribute('r', (r0 - 4).toFixed(1));
    const turn = Math.PI / 2;
    for (let i = 1; i < PARTS.length; i++) {
      this.shapes[i].setAttribute('d', sector(r0 + 4, r1, (i - 1) * turn, i * turn, 8));
    }
    PARTS.forEach((part, index) => {
      const angle = (index - 0.5) * turn;
      const radius = index ? (r0 + r1) / 2 : 0;
      const x = radius * Math.sin(angle);
      const y = -radius * Math.cos(angle);
      const text = this.labels[index];
      text.setAttribute('font-size', font.toFixed(1));
      [...text.children].forEach((tspan, line) => {
        tspan.setAttribute('x', x.toFixed(1));
        tspan.setAttribute('y', (y + (line - (part.lines.length - 1) / 2) * font * 1.2).toFixed(1));
      });
    });
  }

  toggle(part, group) {
    const open = this.openGroup === group;
    this.openGroup?.classList.remove('open-part');
    this.panel?.remove();
    this.openGroup = this.panel = undefined;
    this.layout.classList.toggle('open', !open);
    if (open) return;
    this.openGroup = group;
    group.classList.add('open-part');
    this.panel = document.createElement('section');
    this.panel.className = 'panel';
    const heading = document.createElement('h2');
    heading.textContent = part.title;
    const texts = TEXT.map((paragraph) => {
      const text = document.createElement('p');
      text.textContent = paragraph;
      return text;
    });
    const questions = document.createElement('ul');
    for (const question of QUESTIONS) questions.appendChild(document.createElement('li')).textContent = question;
    this.panel.append(heading, ...texts, questions);
    this.layout.append(this.panel);
  }
}

customElements.define('reference-ring', ReferenceRing);
