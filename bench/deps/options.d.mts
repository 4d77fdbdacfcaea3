import type { DepsOptions } from '../../src/checks/deps/options.js';
export declare const OPTIONS: DepsOptions;
