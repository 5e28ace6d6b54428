import { expect } from '@open-wc/testing';
import { balancedBreaks, MAX_LABEL_LINES } from '../../src/geometry/line-breaks.js';
import { fitLabel } from '../../src/geometry/label-fit.js';

/** A measure that counts its calls: widths of a monospace font, 0.6 em per character. */
function countingMeasure() {
  const measure = (text: string) => {
    measure.calls++;
    return text.length * 0.6;
  };
  measure.calls = 0;
  return measure;
}

describe('balanced line breaks', () => {
  it('gives one breaking per number of lines, fewest lines first, balanced, with no lone short word', () => {
    const breaks = balancedBreaks('Innby til samarbeid og involvering'.split(' '), (t) => t.length);
    // The fitters take the first of equal sizes: the order is their order of preference.
    const counts = breaks.map((lines) => lines.length);
    expect(counts.length).to.be.above(1);
    counts.slice(1).forEach((count, index) => expect(count, counts.join(', ')).to.be.above(counts[index]));
    for (const lines of breaks) {
      expect(lines.some((line) => !line.includes(' ') && line.length <= 3), lines.join(' / ')).to.equal(false);
    }
    expect(breaks.find((lines) => lines.length === 2)).to.deep.equal(['Innby til samarbeid', 'og involvering']);
  });

  it('costs polynomial work however many words: 24 one-letter words measure each word once', () => {
    const words = 'a b c d e f g h i j k l m n o p q r s t u v w x'.split(' ');
    const measure = countingMeasure();
    const breaks = balancedBreaks(words, measure);
    expect(measure.calls).to.be.at.most(words.length + 1);
    expect(breaks.length).to.be.at.most(MAX_LABEL_LINES);
    for (const lines of breaks) expect(lines.join(' ')).to.equal(words.join(' '));
  });

  it('fits the longest label the validator accepts, of many short words, with a bounded number of measures', () => {
    const label = 'a b c d e f g h i j k l m n o p q r s t u v w x';
    const measure = countingMeasure();
    const sector = { kind: 'sector' as const, startAngle: 0, endAngle: Math.PI / 2, innerRadius: 50, outerRadius: 136 };
    const fitted = fitLabel(label, sector, measure, { maxFontSize: 26, minFontSize: 8, margin: 4 });
    expect(fitted.lines.join(' ')).to.equal(label);
    expect(fitted.lines.length).to.be.at.most(MAX_LABEL_LINES);
    // Words and the space once each, then each candidate's lines (a measure that does not
    // remember its widths is asked again for a line that comes up again).
    expect(measure.calls).to.be.at.most(25 + 2 * MAX_LABEL_LINES * MAX_LABEL_LINES);
  });
});
