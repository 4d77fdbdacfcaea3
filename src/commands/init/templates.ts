// Pipeline templates are data: a folder per template under pipeline-templates/ (template.json + one folder per
// language). Adding a template is adding a folder. The folder ships beside the bundle (dist/pipeline-templates)
// and in the package; from source it is found by walking up to the repository.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { UsageError } from '../../base/errors.js';
import type { PlannedFile } from './write.js';

export const TEMPLATES_DIR = 'pipeline-templates';

const metadata = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    /** Language folder per language; the first is the default. */
    languages: z.array(z.string().min(1)).min(1),
  })
  .strict();

export interface PipelineTemplate extends z.output<typeof metadata> {
  name: string;
  dir: string;
}

export function templatesRoot(env: Record<string, string | undefined> = process.env): string {
  if (env.RUNLENS_TEMPLATES_DIR) return env.RUNLENS_TEMPLATES_DIR;
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (let d = here; ; d = path.dirname(d)) {
    const candidate = path.join(d, TEMPLATES_DIR);
    if (existsSync(candidate)) return candidate;
    if (d === path.dirname(d)) break;
  }
  throw new Error(`runlens bug: the ${TEMPLATES_DIR}/ folder is not beside ${here} nor above it`);
}

export function listTemplates(root = templatesRoot()): PipelineTemplate[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(root, e.name, 'template.json')))
    .map((e) => {
      const dir = path.join(root, e.name);
      const parsed = metadata.safeParse(JSON.parse(readFileSync(path.join(dir, 'template.json'), 'utf8')));
      if (!parsed.success) throw new Error(`runlens bug: ${dir}/template.json: ${parsed.error.message}`);
      return { name: e.name, dir, ...parsed.data };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function findTemplate(name: string, lang: string | undefined, root = templatesRoot()): { template: PipelineTemplate; lang: string } {
  const all = listTemplates(root);
  const template = all.find((t) => t.name === name);
  if (!template)
    throw new UsageError(`unknown template "${name}"; templates: ${all.map((t) => t.name).join(', ')} (see \`runlens templates\`)`);
  const chosen = lang ?? template.languages[0]!;
  if (!template.languages.includes(chosen))
    throw new UsageError(`template "${name}" has no ${chosen} version; languages: ${template.languages.join(', ')}`);
  return { template, lang: chosen };
}

/** Every file of the template's language folder, repository-relative. */
export function templateFiles(template: PipelineTemplate, lang: string): PlannedFile[] {
  const base = path.join(template.dir, lang);
  const files: PlannedFile[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(base, rel)).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(base, r)).isDirectory()) walk(r);
      // npm drops .gitignore from packages: templates keep it as `gitignore`.
      else files.push({ path: r === 'gitignore' ? '.gitignore' : r, content: readFileSync(path.join(base, r), 'utf8') });
    }
  };
  walk('');
  return files;
}
