// The --help text of each command.

export const MAIN_HELP = `Usage: kindling <command> [options]

Check social-media drafts against the six lessons of online kindness.

Commands:
{{commands}}

Options:
  -v, --version        Print the version
  -h, --help           Print this help; "kindling <command> --help" for a command

Exit codes: 0 clean, 1 lint errors or too many warnings, 2 usage or input error.
`;

export const LINT_HELP = `Usage: kindling lint [options] <paths…>

Paths may be files, folders (searched recursively), globs such as "drafts/**/*.csv", or - for stdin.
The format follows the extension: .txt, .md (YAML frontmatter + body), .json (a draft or an
array), .jsonl/.ndjson (one draft per line, streamed), .csv and .tsv (a header row, streamed;
scheduler exports work as exported). Folders and globs skip .kindlingignore patterns, config and
package files, and symbolic links out of the folder.

Options:
  -f, --format NAME        stylish (default), json, jsonl, sarif, markdown or html; with -o and
                           no -f, the output's extension decides (.json, .jsonl, .sarif, .md, .html)
  -o, --output FILE        Write the report to FILE instead of stdout, replacing it only when
                           the run finishes; missing folders are created
  -c, --config FILE        Use this config instead of the nearest kindling.config.json,
                           kindling.config.yaml or package.json "kindling" key
      --preset NAME        recommended, strict or gentle
      --rule ID=SEVERITY   Set a rule to off, info, warning (or warn) or error (repeatable)
      --map FIELD=COLUMN   Read a draft field from this CSV column, e.g. --map text=Caption
                           (repeatable)
      --ignore-pattern P   Skip files matching P, as a .kindlingignore line (repeatable)
      --encoding NAME      Read files in this encoding, e.g. windows-1252 (default utf-8)
      --kind KIND          Kind for drafts that set none: post, reply, comment, share, dm
      --channel CHANNEL    Channel for drafts that set none: x, linkedin, facebook, instagram,
                           mastodon, bluesky, threads, other
      --max-warnings N     Exit 1 when there are more than N warnings (-1: no limit)
  -q, --quiet              Report errors only
      --no-color           No colours (also when NO_COLOR is set or stdout is not a terminal)
      --color              Colours even when stdout is not a terminal (or set FORCE_COLOR)
      --fix                Apply fixes to .txt and .md drafts in place
      --fix-dry-run        Put each draft's fixed text in the report ("output"), change no file
      --print-config FILE  Print the config FILE would be linted with, and lint nothing
  -j, --concurrency N      Lint on N worker threads (default 1; 2 when the files add up to
                           4 MB or more and there are 2 cores)
      --stdin-format NAME  Format of stdin: txt, md, json, jsonl, csv or tsv (guessed when omitted)
  -h, --help               Print this help

Exit codes: 0 clean (warnings within --max-warnings), 1 errors or too many warnings,
2 usage or input error, or no drafts linted (reported after everything readable was linted).
`;

export const RULES_HELP = `Usage: kindling rules [options]

List every rule, grouped by the lesson it teaches, with its severity.

Options:
      --preset NAME   Show severities under recommended (default), strict or gentle
      --json          Print the list as JSON
  -h, --help          Print this help
`;

export const EXPLAIN_HELP = `Usage: kindling explain <rule-id>

Explain a rule: the lesson behind it, why it exists, drafts it accepts and flags, and how to fix
what it flags.

Options:
  -h, --help   Print this help
`;

export const INIT_HELP = `Usage: kindling init [options]

Write kindling.config.yaml in the current folder: every rule with its default severity,
commented, ready to adjust.

Options:
      --force   Overwrite an existing kindling.config.yaml
  -h, --help    Print this help
`;
