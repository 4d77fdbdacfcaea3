// Types for score.mjs, for the accuracy test that shares it.
export interface Label {
  path: string;
  line: number;
  endLine: number;
  type: string;
}

export interface Located {
  path: string;
  line: number;
  rule: string;
}

export interface Score {
  labels: number;
  found: number;
  recall: number;
  falsePositives: number;
  precision: number;
  missed: Label[];
  fps: Located[];
}

export const CORPUS: string;
export function score(labels: Label[], findings: Located[]): Score;
export function scoreCorpus(options: {
  runlens(dir: string): Promise<Array<{ location?: { path: string; startLine?: number }; ruleId: string }>>;
  gitleaks: string;
  work: string;
}): Promise<{ runlens: Score; gitleaks: Score; lines: string[] }>;
