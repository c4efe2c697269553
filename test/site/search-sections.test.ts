import { rules } from '@kindling/rules';
import { describe, expect, it } from 'vitest';
import { generatedPageSections, markdownSections } from '../../docs/.vitepress/search-sections.js';

describe('markdownSections', () => {
  it('cuts a page at its headings, titling each piece by the headings above it', () => {
    expect(markdownSections('# no-shouting\n\nFlags *capitals*.\n\n## How to fix\n\nWrite [in sentence case](/x) | ok\n')).toEqual([
      { anchor: 'no-shouting', titles: ['no-shouting'], text: 'Flags capitals .' },
      { anchor: 'how-to-fix', titles: ['no-shouting', 'How to fix'], text: 'Write in sentence case ok' },
    ]);
  });

  it('gives nothing for an empty page', () => {
    expect(markdownSections('')).toEqual([]);
  });
});

describe('generatedPageSections', () => {
  const srcDir = '/site/docs';

  it('indexes a rule page from the rule’s own metadata', () => {
    const rule = rules.find((candidate) => candidate.id === 'no-shouting')!;
    const sections = generatedPageSections(srcDir, `${srcDir}/rules/no-shouting.md`)!;
    expect(sections[0]).toMatchObject({ anchor: 'no-shouting', titles: ['no-shouting'] });
    expect(sections[0]!.text).toContain(rule.meta.description.replace(/[*_`]/gu, ' ').split(' ')[0]!);
    expect(sections.map((section) => section.anchor)).toEqual(expect.arrayContaining(['why', 'how-to-fix']));
  });

  it('leaves a page with its own file to VitePress', () => {
    expect(generatedPageSections(srcDir, `${srcDir}/playground.md`)).toBeUndefined();
    expect(generatedPageSections(srcDir, `${srcDir}/rules/not-a-rule.md`)).toBeUndefined();
  });
});
