// Go: `go build`, and `go test` through gotestsum for JUnit (fetched from the Go module proxy unless offline).
import type { Detection, PlannedStep, Rule } from '../types.js';
import { firstExisting } from '../repo.js';

export const JUNIT_GO = '.runlens-reports/junit-go.xml';
export const GOTESTSUM = 'gotest.tools/gotestsum@v1.13.0';

/** The Go release go.mod asks for (`toolchain goX.Y.Z`, else `go X.Y[.Z]`; `.0` added to a bare X.Y). */
export function goVersion(goMod: string): string {
  const v = /^toolchain go(\S+)/m.exec(goMod)?.[1] ?? /^go (\d+\.\d+(?:\.\d+)?)/m.exec(goMod)?.[1] ?? '1.25.0';
  return /^\d+\.\d+$/.test(v) ? `${v}.0` : v;
}

export const goRule: Rule = {
  id: 'go',
  detect(repo, opts) {
    if (!repo.exists('go.mod')) return undefined;
    const steps: PlannedStep[] = [{ stage: 'build', step: { run: 'go build ./...' }, why: 'go.mod → go' }];
    const notes: string[] = [];
    let junit = 'gotestsum';
    if (repo.onPath('gotestsum')) {
      steps.push({
        stage: 'test',
        step: { run: `gotestsum --junitfile ${JUNIT_GO} -- ./...`, junit: JUNIT_GO },
        why: 'gotestsum is installed: it writes JUnit',
      });
    } else if (!opts.offline) {
      steps.push({
        stage: 'test',
        step: { run: `go run ${GOTESTSUM} --junitfile ${JUNIT_GO} -- ./...`, junit: JUNIT_GO },
        why: 'go test through gotestsum (pinned, fetched by `go run` from the module proxy) for JUnit',
      });
    } else {
      junit = 'no JUnit';
      steps.push({ stage: 'test', step: { run: 'go test ./...' }, why: 'offline and gotestsum is not installed: plain go test' });
      notes.push(`go: install gotestsum (\`go install ${GOTESTSUM}\`) and re-run init to get test results in the reports`);
    }
    const golangci = firstExisting(repo, ['.golangci.yml', '.golangci.yaml', '.golangci.toml', '.golangci.json']);
    if (golangci)
      steps.push({
        stage: 'lint',
        step: {
          uses: 'tool',
          with: {
            name: 'golangci-lint',
            run: 'golangci-lint run --output.sarif.path=.runlens-reports/golangci.sarif',
            format: 'sarif',
            output: '.runlens-reports/golangci.sarif',
          },
        },
        why: `${golangci}: golangci-lint v2 writes SARIF`,
      });
    return {
      rule: 'go',
      ecosystem: 'go',
      evidence: ['go.mod', ...(repo.exists('go.sum') ? ['go.sum'] : []), ...(golangci ? [golangci] : [])],
      found: ['go modules', `go test (${junit})`, ...(golangci ? ['golangci-lint'] : [])].join(', '),
      steps,
      lockfile: repo.exists('go.sum') ? 'go.sum' : undefined,
      semgrep: { language: 'Go', ruleset: 'p/golang' },
      githubSetup: golangci ? ['go install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@latest'] : [],
      // Debian's golang is too old for most go.mod files (and predates toolchain switching): the release go.mod names.
      gitlabSetup: [
        `curl -fsSL https://go.dev/dl/go${goVersion(repo.read('go.mod') ?? '')}.linux-amd64.tar.gz | tar -C /usr/local -xz`,
        'export PATH="/usr/local/go/bin:$HOME/go/bin:$PATH"',
      ],
      notes,
    } satisfies Detection;
  },
};
