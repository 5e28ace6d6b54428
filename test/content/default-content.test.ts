import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en/content.js';
import { nb } from '../../src/i18n/nb/content.js';
import { nn } from '../../src/i18n/nn/content.js';
import { contentText, lix, practiceText } from '../../src/model/readability.js';
import { AUDIENCES, PRACTICE_IDS } from '../../src/model/types.js';

const NAMES = {
  nb: [
    'Se muligheter og vise retning',
    'Vise tillit og risikovilje',
    'Innby til samarbeid og involvering',
    'Lære og endre praksis',
  ],
  values: ['Nysgjerrighet', 'Mot', 'Åpenhet'],
};

describe('built-in content', () => {
  it('names the parts of the model exactly as the white paper does (bokmål)', () => {
    expect(nb.practices.map((p) => p.title)).to.deep.equal(NAMES.nb);
    // The drawn labels are the names, with the lines they break into best.
    expect(nb.practices.map((p) => p.label.replace('\n', ' '))).to.deep.equal(NAMES.nb);
    for (const content of [nb, nn, en]) {
      for (const practice of content.practices) expect(practice.label, practice.id).to.include('\n');
    }
    expect(nb.core.values.map((v) => v.label)).to.deep.equal(NAMES.values);
  });

  for (const content of [nb, nn, en]) {
    describe(content.lang, () => {
      it('has the four practices in order, each with intro, body and film', () => {
        expect(content.practices.map((p) => p.id)).to.deep.equal([...PRACTICE_IDS]);
        for (const practice of content.practices) {
          expect(practice.intro.length).to.be.above(40);
          expect(practice.body.length).to.be.at.least(3);
          expect(practice.film.title).to.not.equal('');
        }
      });

      it('has at least three reflection questions per audience, each a question', () => {
        for (const practice of content.practices) {
          for (const audience of AUDIENCES) {
            const questions = practice.questions[audience];
            expect(questions.length, `${practice.id} ${audience}`).to.be.at.least(3);
            for (const question of questions) expect(question.trim().endsWith('?'), question).to.equal(true);
          }
        }
      });

      it('reads easily: LIX 40 or lower for the whole text and for each practice', () => {
        expect(lix(contentText(content)).score).to.be.at.most(40);
        for (const practice of content.practices) {
          expect(lix(practiceText(practice)).score, practice.id).to.be.at.most(40);
        }
      });

      it('keeps sentences short: none over 25 words', () => {
        const long = contentText(content)
          .flatMap((text) => text.split(/(?<=[.!?])\s+/))
          .filter((sentence) => sentence.split(/\s+/).length > 25);
        expect(long).to.deep.equal([]);
      });
    });
  }

  it('LIX is computed as words per sentence plus the share of long words', () => {
    // 8 words, 2 sentences, 2 words over 6 letters (Kulturen, innovasjon): 8/2 + 100 * 2/8 = 29
    const result = lix('Du leder teamet. Kulturen betyr mye for innovasjon.');
    expect(result).to.deep.equal({ words: 8, sentences: 2, longWords: 2, score: 29 });
  });
});
