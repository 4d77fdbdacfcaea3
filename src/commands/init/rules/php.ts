// PHP: composer; phpunit writes JUnit with --log-junit.
import type { Detection, PlannedStep, Rule } from '../types.js';

export const phpRule: Rule = {
  id: 'php',
  detect(repo) {
    const composer = repo.json('composer.json');
    if (!composer) return undefined;
    const deps = { ...(composer.require as object), ...(composer['require-dev'] as object) } as Record<string, string>;
    const steps: PlannedStep[] = [{ stage: 'build', step: { run: 'composer install --no-interaction' }, why: 'composer.json → composer' }];
    if (deps['phpunit/phpunit'])
      steps.push({
        stage: 'test',
        step: { run: 'vendor/bin/phpunit --log-junit .runlens-reports/junit-php.xml', junit: '.runlens-reports/junit-php.xml' },
        why: 'phpunit --log-junit writes JUnit',
      });
    return {
      rule: 'php',
      ecosystem: 'php',
      evidence: ['composer.json', ...(repo.exists('composer.lock') ? ['composer.lock'] : [])],
      found: ['composer', ...(deps['phpunit/phpunit'] ? ['phpunit'] : [])].join(', '),
      steps,
      lockfile: repo.exists('composer.lock') ? 'composer.lock' : undefined,
      semgrep: { language: 'PHP', ruleset: 'p/php' },
    } satisfies Detection;
  },
};
