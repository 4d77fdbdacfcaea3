// trivy: vulnerabilities, misconfigurations and secrets in a directory, as SARIF (written to a file).
// Its SARIF rule tags say which kind a result is.
import { readSarif } from '../../../ingest/sarif.js';
import type { FindingCategory } from '../../../model/finding.js';
import { firstVersion, type Preset } from '../preset.js';
import { PRESET_REQUIRES } from './requires.js';

const CATEGORY_BY_TAG: Record<string, FindingCategory> = {
  vulnerability: 'dependency',
  misconfiguration: 'sast',
  secret: 'secret',
  license: 'other',
};

export const trivy: Preset = {
  name: 'trivy',
  tool: { name: 'trivy', informationUri: 'https://trivy.dev/' },
  category: 'dependency',
  requires: PRESET_REQUIRES.trivy,
  version: firstVersion,
  paths: { kind: 'keep' },
  batch: 'each',
  argv: ({ options, reportFile }) => [
    'trivy',
    'filesystem',
    '--format',
    'sarif',
    '--output',
    reportFile,
    '--quiet',
    '--exit-code',
    '0',
    ...(options.scanners ? ['--scanners', options.scanners.join(',')] : []),
    ...(options.config ? ['--config', options.config] : []),
  ],
  output: 'file',
  exitCodes: [0],
  parse(text, input) {
    const read = readSarif(text, input.source, { cwd: input.cwd, workspace: input.workspace, stepId: input.stepId });
    for (const f of read.findings) {
      // One name for the tool: its SARIF says "Trivy", the run runlens reports is "trivy".
      f.tool = 'trivy';
      const tags = Array.isArray(f.properties?.tags) ? (f.properties.tags as unknown[]).map((t) => String(t).toLowerCase()) : [];
      const category = tags.map((t) => CATEGORY_BY_TAG[t]).find((c) => c !== undefined);
      if (category) f.category = category;
      if (f.category === 'secret' && f.location) delete f.location.snippet;
    }
    return { findings: read.findings, ...(read.tools[0]?.version ? { toolVersion: read.tools[0].version } : {}) };
  },
};
