// An annotation: a message the platform shows on a file and line (a GitHub check annotation, a console line
// elsewhere). Reporters build them; the platform shows them.
export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
