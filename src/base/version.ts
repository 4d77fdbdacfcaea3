// Kept equal to package.json's version by tests/platform/detect.test.ts (a JSON import would drag package.json into the bundle).
export const RUNLENS_VERSION = '0.1.0';
export const REPOSITORY_URL = 'https://github.com/runlens/runlens';
export const ISSUES_URL = `${REPOSITORY_URL}/issues`;
