// Java/Kotlin: Maven (surefire reports) or Gradle (test-results), both already JUnit XML.
import type { Detection, Rule } from '../types.js';

export const jvmRule: Rule = {
  id: 'jvm',
  detect(repo) {
    if (repo.exists('pom.xml')) {
      const mvn = repo.exists('mvnw') ? './mvnw' : 'mvn';
      return {
        rule: 'jvm',
        ecosystem: 'java',
        evidence: ['pom.xml'],
        found: `maven (${mvn}), surefire JUnit`,
        steps: [
          { stage: 'build', step: { run: `${mvn} -B -q -DskipTests package` }, why: 'pom.xml → maven' },
          { stage: 'test', step: { run: `${mvn} -B test`, junit: 'target/surefire-reports/TEST-*.xml' }, why: 'surefire writes JUnit XML' },
        ],
        lockfile: 'pom.xml',
        semgrep: { language: 'Java', ruleset: 'p/java' },
        gitlabSetup: ['apt-get update -qq && apt-get install -y -qq maven default-jdk-headless >/dev/null'],
      } satisfies Detection;
    }
    const gradle = ['build.gradle.kts', 'build.gradle'].find((f) => repo.exists(f));
    if (!gradle) return undefined;
    const g = repo.exists('gradlew') ? './gradlew' : 'gradle';
    return {
      rule: 'jvm',
      ecosystem: 'java',
      evidence: [gradle],
      found: `gradle (${g}), test-results JUnit`,
      steps: [
        { stage: 'build', step: { run: `${g} assemble` }, why: `${gradle} → gradle` },
        {
          stage: 'test',
          step: { run: `${g} test`, junit: '**/build/test-results/test/*.xml' },
          why: 'gradle writes JUnit XML per test class',
        },
      ],
      lockfile: repo.exists('gradle.lockfile') ? 'gradle.lockfile' : undefined,
      semgrep: { language: gradle.endsWith('.kts') ? 'Kotlin' : 'Java', ruleset: gradle.endsWith('.kts') ? 'p/kotlin' : 'p/java' },
    } satisfies Detection;
  },
};
