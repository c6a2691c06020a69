import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every reference to our own documents resolves: a file, a heading (GitHub's slug) or a
// checklist row of docs/security.md, and every test docs/security.md names still exists. The
// notes the project was founded on live outside the repository, so no file may cite them as if
// they were in it (CONTRIBUTING.md#comments-and-size).

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SELF = 'test/unit/docs-references.test.ts';

/** The founding notes' file names, spelled in parts so this file does not match itself. */
const FOUNDING_NOTES = new RegExp(`\\b(${['DESIGN', 'STYLE', 'SECURITY', 'TOOLCHAIN'].join('|')})\\.md\\b`, 'g');

/**
 * Files that still cite a founding note because a branch at work owns them. Each entry must
 * still contain a mention, so the list empties itself as those branches land and re-point them;
 * none is left.
 */
const PENDING_REPOINT: string[] = [];

const TEXT = /\.(ts|tsx|js|mjs|cjs|json|md|yml|yaml|sh|html|css)$|^\.ci\/run$/;
const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f !== '' && TEXT.test(f) && f !== 'package-lock.json' && f !== SELF && existsSync(join(root, f)));
const read = (f: string) => readFileSync(join(root, f), 'utf8');

/** GitHub's heading anchors: lowercase, punctuation dropped, spaces to hyphens, repeats numbered. */
function headingSlugs(markdown: string): Set<string> {
  const slugs = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = m[1]!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').trim().replace(/\s/g, '-');
    let slug = base;
    for (let n = 1; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
  }
  return slugs;
}

const security = read('docs/security.md');
const rows = new Set([...security.matchAll(/^\| (RL\d+|[A-Z]\d+) \|/gm)].map((m) => m[1]!));

interface Reference {
  file: string;
  doc: string;
  slug?: string;
  rows: string[];
}

/** `docs/x.md`, `docs/x.md#slug`, `docs/security.md R1, RL3`, `CONTRIBUTING.md#slug`, and relative Markdown links to .md files. */
function referencesIn(file: string): Reference[] {
  // Comments wrap: join continuation lines so `docs/security.md` + newline + ` * K7` reads as one.
  const text = read(file).replace(/\n\s*(?:(?:\*(?!\/)|\/\/|#)\s*)*/g, ' ');
  const refs: Reference[] = [];
  const ROW = String.raw`(?:RL|[A-Z])\d+\b`;
  const bare = new RegExp(String.raw`(?<![\w/.-])((?:docs/[\w-]+|CONTRIBUTING|README)\.md)(?:#([\w-]+)|((?:\s*(?:,|and|/)?\s*${ROW})+))?`, 'g');
  for (const m of text.matchAll(bare)) {
    refs.push({ file, doc: m[1]!, ...(m[2] ? { slug: m[2] } : {}), rows: m[3] ? [...m[3].matchAll(new RegExp(ROW, 'g'))].map((r) => r[0]) : [] });
  }
  if (file.endsWith('.md')) {
    for (const m of text.matchAll(/\]\(([^)\s:]+\.md)(?:#([\w-]+))?\)/g)) {
      const doc = normalize(relative(root, join(root, dirname(file), m[1]!)));
      refs.push({ file, doc, ...(m[2] ? { slug: m[2] } : {}), rows: [] });
    }
  }
  return refs;
}

describe('references to our documents', () => {
  const refs = files.flatMap(referencesIn);

  it('finds the references it checks (the scan works)', () => {
    expect(refs.filter((r) => r.doc === 'docs/security.md' && r.rows.length > 0).length).toBeGreaterThan(50);
    expect(refs.some((r) => r.slug !== undefined)).toBe(true);
  });

  it('point at documents that exist', () => {
    const missing = refs.filter((r) => !existsSync(join(root, r.doc))).map((r) => `${r.file}: ${r.doc}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('point at headings that exist', () => {
    const slugs = new Map<string, Set<string>>();
    const missing = refs
      .filter((r) => r.slug !== undefined && existsSync(join(root, r.doc)))
      .filter((r) => !(slugs.get(r.doc) ?? slugs.set(r.doc, headingSlugs(read(r.doc))).get(r.doc)!).has(r.slug!))
      .map((r) => `${r.file}: ${r.doc}#${r.slug}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('point at checklist rows that exist in docs/security.md', () => {
    const missing = refs.flatMap((r) => r.rows.filter((id) => !rows.has(id)).map((id) => `${r.file}: docs/security.md ${id}`));
    expect([...new Set(missing)]).toEqual([]);
  });

  it('never cite the founding notes as if they were files of the repository', () => {
    const found = files
      .filter((f) => !PENDING_REPOINT.includes(f))
      .flatMap((f) => [...read(f).matchAll(FOUNDING_NOTES)].map((m) => `${f}: ${m[0]}`));
    expect(found).toEqual([]);
  });

  it('keep the pending list to files that still need re-pointing', () => {
    expect(PENDING_REPOINT.filter((f) => !existsSync(join(root, f)) || !new RegExp(FOUNDING_NOTES.source).test(read(f)))).toEqual([]);
  });
});

describe('docs/security.md', () => {
  it('names only tests that exist, by file and by text of their title', () => {
    const cited = [...security.matchAll(/`(test\/[^`]+\.tsx?)` "([^"]+)"/g)].map((m) => ({ file: m[1]!, title: m[2]!.replace(/\\\|/g, '|') }));
    expect(cited.length).toBeGreaterThan(100);
    const missing = cited.filter(({ file, title }) => !existsSync(join(root, file)) || !read(file).includes(title));
    expect(missing).toEqual([]);
  });

  it('has each row once', () => {
    const ids = [...security.matchAll(/^\| (RL\d+|[A-Z]\d+) \|/gm)].map((m) => m[1]!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
