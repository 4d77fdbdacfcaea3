// Ruby: bundler; rspec writes JUnit with rspec_junit_formatter when the Gemfile has it.
import type { Detection, PlannedStep, Rule } from '../types.js';

export const rubyRule: Rule = {
  id: 'ruby',
  detect(repo) {
    if (!repo.exists('Gemfile')) return undefined;
    const gems = (repo.read('Gemfile') ?? '') + (repo.read('Gemfile.lock') ?? '');
    const steps: PlannedStep[] = [{ stage: 'build', step: { run: 'bundle install' }, why: 'Gemfile → bundler' }];
    const notes: string[] = [];
    if (/rspec_junit_formatter/.test(gems))
      steps.push({
        stage: 'test',
        step: {
          run: 'bundle exec rspec --format progress --format RspecJunitFormatter --out .runlens-reports/junit-ruby.xml',
          junit: '.runlens-reports/junit-ruby.xml',
        },
        why: 'rspec with rspec_junit_formatter writes JUnit',
      });
    else if (/\brspec\b/.test(gems)) {
      steps.push({ stage: 'test', step: { run: 'bundle exec rspec' }, why: 'rspec is in the Gemfile' });
      notes.push('ruby: add the rspec_junit_formatter gem and re-run init to get test results in the reports');
    } else if (repo.exists('Rakefile')) steps.push({ stage: 'test', step: { run: 'bundle exec rake test' }, why: 'Rakefile' });
    return {
      rule: 'ruby',
      ecosystem: 'ruby',
      evidence: ['Gemfile', ...(repo.exists('Gemfile.lock') ? ['Gemfile.lock'] : [])],
      found: ['bundler', ...(/\brspec\b/.test(gems) ? ['rspec'] : [])].join(', '),
      steps,
      lockfile: repo.exists('Gemfile.lock') ? 'Gemfile.lock' : undefined,
      semgrep: { language: 'Ruby', ruleset: 'p/ruby' },
      notes,
    } satisfies Detection;
  },
};
