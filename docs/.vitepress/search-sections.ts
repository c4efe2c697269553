import { rules } from '@kindling/rules';
import { catalogue } from '@kindling/exercises/catalogue';
import { rulePageMarkdown } from './rule-docs/rule-page.js';

/** One searchable piece of a page, as VitePress's local search indexes it. */
export interface SearchSection {
  anchor: string;
  titles: string[];
  text: string;
}

/** The heading ids VitePress gives, for the plain headings these pages use. */
const slug = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');

/** Markdown as the words a reader sees: no tables' bars, code fences, links' targets or entities. */
const plainText = (markdown: string): string =>
  markdown
    .replace(/```[\s\S]*?```/gu, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/&#?\w+;/gu, ' ')
    .replace(/<[^>]+>|[|*_`#>-]{1,}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();

/** A page's markdown cut at its headings, each piece titled by the headings above it. */
export function markdownSections(markdown: string): SearchSection[] {
  const sections: SearchSection[] = [];
  const titles: string[] = [];
  let current: { anchor: string; titles: string[]; lines: string[] } | undefined;
  const close = (): void => {
    if (current) sections.push({ anchor: current.anchor, titles: current.titles, text: plainText(current.lines.join('\n')) });
  };
  for (const line of markdown.split('\n')) {
    const heading = /^(#{1,6})\s+(.+)$/u.exec(line);
    if (!heading) {
      current?.lines.push(line);
      continue;
    }
    close();
    const level = heading[1]!.length;
    const title = heading[2]!.trim();
    titles.length = level - 1;
    titles[level - 1] = title;
    current = { anchor: slug(title), titles: titles.filter(Boolean), lines: [] };
  }
  close();
  return sections;
}

/**
 * The generated pages' markdown, by source path. VitePress's local search reads each page's
 * file from disk, and a generated page (each rule, each exercise) has none, so without this the
 * rule reference could not be searched.
 */
function generatedMarkdown(relativePath: string): string | undefined {
  const rule = /^rules\/(.+)\.md$/u.exec(relativePath)?.[1];
  const ruleFound = rules.find((candidate) => candidate.id === rule);
  if (ruleFound) return rulePageMarkdown(ruleFound);
  const exercise = /^exercises\/(.+)\.md$/u.exec(relativePath)?.[1];
  const exerciseFound = catalogue.find((candidate) => candidate.id === exercise);
  if (exerciseFound) return `# ${exerciseFound.title}\n\n${exerciseFound.scenario}\n`;
  return undefined;
}

/** For the local search's `_splitIntoSections`: sections of a generated page, or undefined to use VitePress's own. */
export function generatedPageSections(srcDir: string, file: string): SearchSection[] | undefined {
  const relativePath = file.slice(srcDir.length).replace(/^[/\\]+/u, '').split('\\').join('/');
  const markdown = generatedMarkdown(relativePath);
  return markdown === undefined ? undefined : markdownSections(markdown);
}
