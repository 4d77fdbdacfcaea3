// The tool whose name this check's findings carry (one SARIF run per tool): declared once, used by the
// check's definition and by the code that builds its findings.
import { REPOSITORY_URL } from '../../base/version.js';
import type { CheckTool } from '../check.js';

export const TOOL: CheckTool = { name: 'runlens-golden', informationUri: `${REPOSITORY_URL}#golden-data` };
