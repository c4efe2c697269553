import { describe, expect, it } from 'vitest';
import { anonymise, namesInContext } from '../src/anonymise.js';

describe('anonymise', () => {
  it('takes out emails, links and handles', () => {
    expect(anonymise('Mail sam@example.com, see https://sam.example.com/work or sam.dev, and ask @kai_b.')).toBe(
      'Mail [email], see [link] or [link], and ask @someone.',
    );
  });

  it('takes out the names the exercise mentions', () => {
    expect(anonymise('Thanks for sharing, daniel. Daniel Osei is kind.', ['Daniel', 'Osei'])).toBe('Thanks for sharing, [name]. [name] [name] is kind.');
  });

  it('takes out a name after a greeting, thanks or an introduction, and a sign-off', () => {
    expect(anonymise("Hi Priya, I'm Sam and thank you, Jo!\n— Alex")).toBe("Hi [name], I'm [name] and thank you, [name]!\n— [name]");
  });

  it('keeps ordinary words after those cues', () => {
    expect(anonymise('Thanks for the tip. Love the idea, and The Guardian piece.\nCheers')).toBe(
      'Thanks for the tip. Love the idea, and The Guardian piece.\nCheers',
    );
  });
});

describe('namesInContext', () => {
  it('collects the words of every person in the scene', () => {
    expect(
      namesInContext({
        kind: 'reply',
        channel: 'x',
        replyingTo: { author: '@priya_builds', text: 'x' },
        recipient: { handle: 'Daniel Osei' },
        thread: [{ author: '@sam_designs', text: 'y' }],
      }),
    ).toEqual(['priya', 'builds', 'Daniel', 'Osei', 'sam', 'designs']);
  });
});
