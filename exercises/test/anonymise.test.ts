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
