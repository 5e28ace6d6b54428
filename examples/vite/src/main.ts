// Registers <innovasjon-modell>; the named imports come from the side-effect-free entry.
import 'innovasjon-modell/define';
import { OPEN_EVENT, defaultContent, type ModelContent, type PartEventDetail } from 'innovasjon-modell';
import './style.css';

// The `content` property replaces the whole content, so start from the built-in content and
// change what you need: here the team questions of one practice.
const content: ModelContent = {
  ...defaultContent,
  practices: defaultContent.practices.map((practice) =>
    practice.id === 'muligheter-og-retning'
      ? {
          ...practice,
          questions: {
            ...practice.questions,
            team: ['Hvilken mulighet ser vi i år som vi ikke så i fjor?', 'Hvor vil vi være om tre år?'],
          },
        }
      : practice,
  ),
};

const model = document.querySelector('innovasjon-modell')!;
const log = document.querySelector('#event-log')!;
model.content = content;

// The event map gives `event.detail` its type; the exported detail type names it.
model.addEventListener(OPEN_EVENT, (event) => {
  const { id }: PartEventDetail = event.detail;
  const item = document.createElement('li');
  item.textContent = `innovasjon-open: ${id}`;
  log.append(item);
});
