// Rust: cargo; JUnit through cargo-nextest when it is installed (its `ci` profile writes target/nextest/ci/junit.xml).
import type { Detection, PlannedStep, Rule } from '../types.js';

export const rustRule: Rule = {
  id: 'rust',
  detect(repo) {
    if (!repo.exists('Cargo.toml')) return undefined;
    const locked = repo.exists('Cargo.lock') ? ' --locked' : '';
    const steps: PlannedStep[] = [{ stage: 'build', step: { run: `cargo build${locked}` }, why: 'Cargo.toml → cargo' }];
    const notes: string[] = [];
    const nextestJunit = /\[profile\.ci\.junit\]/.test(repo.read('.config/nextest.toml') ?? '');
    if (repo.onPath('cargo-nextest') && nextestJunit) {
      steps.push({
        stage: 'test',
        step: { run: `cargo nextest run --profile ci${locked}`, junit: 'target/nextest/ci/junit.xml' },
        why: 'cargo-nextest with a [profile.ci.junit] in .config/nextest.toml writes JUnit',
      });
    } else {
      steps.push({
        stage: 'test',
        step: { run: `cargo test${locked}` },
        why: 'cargo test (no JUnit: cargo-nextest with a ci junit profile is not set up)',
      });
      notes.push(
        'rust: for test results in the reports, install cargo-nextest and add `[profile.ci.junit]\\npath = "junit.xml"` to .config/nextest.toml, then re-run init',
      );
    }
    return {
      rule: 'rust',
      ecosystem: 'rust',
      evidence: ['Cargo.toml', ...(locked ? ['Cargo.lock'] : [])],
      found: ['cargo', steps[1]!.step.junit ? 'nextest' : 'cargo test'].join(', '),
      steps,
      lockfile: locked ? 'Cargo.lock' : undefined,
      semgrep: { language: 'Rust', ruleset: 'p/rust' },
      // Debian's cargo lags years behind: rustup, as rust-lang.org documents it.
      gitlabSetup: [
        'curl -fsSL https://sh.rustup.rs | sh -s -- -y --profile minimal --no-modify-path',
        'export PATH="$HOME/.cargo/bin:$PATH"',
      ],
      notes,
    } satisfies Detection;
  },
};
