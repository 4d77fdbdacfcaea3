// Shapes the generated fixtures do not cover (no registry besides npm, PyPI, crates.io and the Go proxy is
// reachable where they are generated), written from each format's documentation: multi-descriptor and
// scoped yarn entries, Berry patches, Gemfile GIT/PATH sections and platform gems, git and path sources.
import { describe, expect, it } from 'vitest';
import { LOCKFILE_FORMATS } from '../../../src/checks/deps/lockfiles/index.js';
import type { SkippedEntry } from '../../../src/checks/deps/lockfiles/index.js';
import type { LockedPackage } from '../../../src/checks/deps/package.js';

async function parse(
  id: string,
  text: string,
): Promise<{ packages: Array<[string, string, number, boolean | undefined, LockedPackage['scope']]>; skipped: Array<[number, string]> }> {
  const skipped: SkippedEntry[] = [];
  const format = LOCKFILE_FORMATS.find((f) => f.id === id)!;
  const packages = await format.parse(text, 'lockfile', { readInclude: async () => undefined, skipped: (s) => skipped.push(s) });
  return { packages: packages.map((p) => [p.name, p.version, p.line, p.direct, p.scope]), skipped: skipped.map((s) => [s.line, s.text]) };
}

describe('yarn', () => {
  it('reads classic headers with several quoted, scoped descriptors and CRLF line ends', async () => {
    const text = [
      '# yarn lockfile v1',
      '',
      '"@babel/code-frame@^7.0.0", "@babel/code-frame@^7.10.4":',
      '  version "7.12.13"',
      '  dependencies:',
      '    "@babel/highlight" "^7.12.13"',
      '',
      'left-pad@git+https://github.com/stevemao/left-pad.git#v1.3.0:',
      '  version "1.3.0"',
      '  resolved "git+https://github.com/stevemao/left-pad.git#5e0c5b8"',
      '',
    ].join('\r\n');
    expect(await parse('yarn', text)).toEqual({
      packages: [['@babel/code-frame', '7.12.13', 3, undefined, undefined]],
      skipped: [[8, 'left-pad@git+https://github.com/stevemao/left-pad.git#v1.3.0']],
    });
  });

  it('skips Berry patch entries (they repeat the npm entry) and workspace entries', async () => {
    const text = `__metadata:
  version: 6
  cacheKey: 8

"resolve@npm:^1.20.0":
  version: 1.22.1
  resolution: "resolve@npm:1.22.1"
  languageName: node
  linkType: hard

"resolve@patch:resolve@npm%3A^1.20.0#~builtin<compat/resolve>":
  version: 1.22.1
  resolution: "resolve@patch:resolve@npm%3A1.22.1#~builtin<compat/resolve>::version=1.22.1&hash=07638b"
  languageName: node
  linkType: hard

"root@workspace:.":
  version: 0.0.0-use.local
  resolution: "root@workspace:."
  dependencies:
    resolve: ^1.20.0
  languageName: unknown
  linkType: soft
`;
    expect(await parse('yarn', text)).toEqual({ packages: [['resolve', '1.22.1', 5, true, undefined]], skipped: [] });
  });
});

describe('Gemfile.lock', () => {
  it('reads GEM and GIT specs, skips PATH gems, folds platform variants and ignores CHECKSUMS', async () => {
    const text = `GIT
  remote: https://github.com/rails/rails.git
  revision: 0123456789abcdef
  specs:
    actionpack (7.0.4)
      rack (~> 2.0)

PATH
  remote: .
  specs:
    myapp (0.1.0)

GEM
  remote: https://rubygems.org/
  specs:
    nokogiri (1.13.10)
      racc (~> 1.4)
    nokogiri (1.13.10-x86_64-linux)
      racc (~> 1.4)
    racc (1.6.2)
    rack (2.2.4)

PLATFORMS
  ruby
  x86_64-linux

DEPENDENCIES
  actionpack!
  myapp!
  nokogiri (~> 1.13)

CHECKSUMS
  nokogiri (1.13.10) sha256=abc

BUNDLED WITH
   2.5.3
`;
    expect(await parse('gemfile', text)).toEqual({
      packages: [
        ['actionpack', '7.0.4', 5, true, undefined],
        ['nokogiri', '1.13.10', 16, true, undefined],
        ['racc', '1.6.2', 20, false, undefined],
        ['rack', '2.2.4', 21, false, undefined],
      ],
      skipped: [[11, 'myapp (0.1.0)']],
    });
  });
});

describe('sources that are not registries', () => {
  it('skips Cargo git sources and Pipfile.lock git requirements', async () => {
    const cargo = `version = 3

[[package]]
name = "app"
version = "0.1.0"
dependencies = [
 "serde 1.0.150",
 "tokio",
]

[[package]]
name = "serde"
version = "1.0.150"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "serde"
version = "0.9.0"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "tokio"
version = "1.0.0"
source = "git+https://github.com/tokio-rs/tokio?branch=master#abc"
`;
    expect(await parse('cargo', cargo)).toEqual({
      packages: [
        ['serde', '1.0.150', 11, true, undefined],
        ['serde', '0.9.0', 16, false, undefined],
      ],
      skipped: [[21, 'tokio 1.0.0']],
    });
    const pipfile = JSON.stringify(
      {
        _meta: { 'pipfile-spec': 6 },
        default: { requests: { git: 'https://github.com/psf/requests.git', ref: 'abc' }, idna: { version: '==2.7' } },
        develop: { idna: { version: '==2.7' } },
      },
      null,
      4,
    );
    expect(await parse('pipfile', pipfile)).toEqual({ packages: [['idna', '2.7', 10, undefined, 'runtime']], skipped: [[6, 'requests']] });
  });

  it('skips composer development branches', async () => {
    const lock = JSON.stringify(
      {
        packages: [
          { name: 'a/b', version: 'dev-main' },
          { name: 'c/d', version: '1.0.0' },
        ],
        'packages-dev': [],
      },
      null,
      4,
    );
    expect(await parse('composer', lock)).toEqual({
      packages: [['c/d', '1.0.0', 7, undefined, 'runtime']],
      skipped: [[3, 'a/b dev-main']],
    });
  });
});
