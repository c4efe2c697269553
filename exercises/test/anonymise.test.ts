import { describe, expect, it } from 'vitest';
import { anonymise, sceneVocabulary } from '../src/anonymise.js';
import { Exercise } from '../src/exercise.js';

describe('anonymise', () => {
  it('takes out emails, links and handles', () => {
    expect(anonymise('Mail sam@example.com, see https://sam.example.com/portfolio or sam.dev, and ask @kai_b.')).toBe(
      'Mail [email], see [link] or [link], and ask @someone.',
    );
  });

  it('takes out a name after a greeting, thanks or an introduction, and a sign-off', () => {
    expect(anonymise("Hi Priya, I'm Sam and thank you, Jo!\n— Alex")).toBe("Hi [name], I'm [name] and thank you, [name]!\n— [name]");
  });

  it('takes out capitalised words inside a sentence, but keeps the start of a sentence and the word I', () => {
    expect(anonymise('Loved it. Sarah and I will try it. Ask Tom Jones about it')).toBe('Loved it. Sarah and I will try it. Ask [name] [name] about it');
  });

  it('keeps ordinary words after those cues, and sign-off words', () => {
    expect(anonymise('Thanks for the tip. Love the idea, and the piece.\nCheers')).toBe('Thanks for the tip. Love the idea, and the piece.\nCheers');
  });

  it("keeps the made-up names of the exercise's own scene", () => {
    const exercise = Exercise.parse({
      id: 'launch',
      title: 'Launch',
      type: 'write',
      lessons: [1],
      context: { kind: 'post', replyingTo: { author: 'Maya Lopez', text: 'Our Cold Brew Sampler is here' } },
      goals: { pass: [1], substance: { words: 3 } },
      hints: ['One.', 'Two.'],
      modelAnswer: 'Congratulations to Juniper & Fern!',
      debrief: 'Why.',
      scenario: 'Launch day.',
    });
    expect(anonymise('Well done to Juniper & Fern and Maya, say hi to Bob.', sceneVocabulary(exercise))).toBe(
      'Well done to Juniper & Fern and Maya, say hi to [name].',
    );
  });
});

describe('anonymise, contacts', () => {
  it('takes out phone numbers in their usual shapes, and keeps dates and ordinary numbers', () => {
    expect(anonymise('Call +44 20 7946 0958, (020) 7946 0958 or 555-123-4567. We cut 30% of 1,200 orders on 2025-03-03.')).toBe(
      'Call [phone], [phone] or [phone]. We cut 30% of 1,200 orders on 2025-03-03.',
    );
  });

  it('takes out an email before its domain could be read as a link, and a link with a path', () => {
    expect(anonymise('Write to jo.rivera+work@mail.example.co.uk or see example.org/a/b?c=1 and www.example.com.')).toBe(
      'Write to [email] or see [link] and [link].',
    );
  });
});

/**
 * The fastest of five runs, in milliseconds, after two that warm the regular expressions up: the
 * fastest run is the one least disturbed by the garbage collector and other processes.
 */
function timeOf(text: string): number {
  anonymise(text);
  anonymise(text);
  let fastest = Infinity;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    anonymise(text);
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

describe('anonymise, on hostile input', () => {
  // Input a catastrophic or quadratic pattern would choke on: long runs of what each pattern
  // matches, with the one character that would make it match missing. Four times the input
  // must take about four times as long; a quadratic pattern would take sixteen.
  const shapes: Record<string, (size: number) => string> = {
    letters: (size) => 'a'.repeat(size),
    'dotted words': (size) => 'a.'.repeat(size / 2),
    'a local part with no domain': (size) => `${'a'.repeat(size - 1)}@`,
    'at signs': (size) => '@.'.repeat(size / 2),
    digits: (size) => '1 '.repeat(size / 2),
    'digits and brackets': (size) => '1('.repeat(size / 2),
    spaces: (size) => `A${' '.repeat(size - 2)}A`,
    newlines: (size) => '\n'.repeat(size),
    'greetings without names': (size) => 'hi '.repeat(size / 3),
    'capitals after commas': (size) => 'x ,'.repeat(size / 3),
    'a mixed draft': (size) => 'Hi Sam, call 555 123 4567 or mail a.b@c.de — see www.x.io. '.repeat(size / 60),
  };

  it.each(Object.keys(shapes))('%s: four times the input takes well under sixteen times as long', (shape) => {
    const make = shapes[shape]!;
    const small = timeOf(make(10_000));
    const large = timeOf(make(40_000));
    // Sub-millisecond timings are noise; a quadratic pattern at 40,000 characters takes far longer.
    expect(large).toBeLessThan(Math.max(small * 10, 5));
  });
});
