// True- and false-positive samples of the package registry rules (registries.ts beside this file), keyed by rule id;
// tests/secrets/rule-samples.test.ts runs every one. Kept out of the rule file so the bundle ships no
// token-shaped text. Every value is random text shaped like the format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const REGISTRIES_SAMPLES: RuleSamples = {
  'npm-access-token': {
    tp: ['    - npm config set //registry.npmjs.org/:_authToken npm_9XLUjI0LhQJEvVdRazyk2ToI2mTiH1hlZ6CG'],
    // too short for the format
    fp: ['    - npm config set //registry.npmjs.org/:_authToken npm_9XLUjI0LhQJEvVdR'],
  },
  'npmrc-auth-token': {
    tp: ['//registry.npmjs.org/:_authToken=d9490dd0-5615-88b9-d8e0-ae35b9cccd4a'],
    // a documented placeholder
    fp: ['//registry.npmjs.org/:_authToken=d9490dd0xxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
  'pypi-upload-token': {
    tp: [
      'password = pypi-AgEIcHlwaS5vcmcw6Sjf2rCCdl4LZ1iXd0vrkNHEfH_9M2zefMcu5SZVZ-D8gCLFynuNuLOc6C1K7ItOCodmnnRNycrUo8K6AmcOvetFzjhStNwvqafTX5nXgKfT5hoXHU_1uDU0w78WsA80MipW7gBSLCg',
    ],
    // a documented placeholder
    fp: [
      'password = pypi-AgExxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'rubygems-api-key': {
    tp: ['export GEM_HOST_API_KEY="rubygems_a5478b0ea3af0488477161ec06998ffc06f31d9c0f82dd0e"'],
    // too short for the format
    fp: ['export GEM_HOST_API_KEY="rubygems_a5478b0ea3af0488477"'],
  },
  'nuget-api-key': {
    tp: ['  nuget_api_key = "oy2p3kr8s2m5rkupuqyxe8t05vd82f3byy3ljblth7gjor"'],
    // too short for the format
    fp: ['  nuget_api_key = "oy2p3kr8s2m5rkupuqyxe8t"'],
  },
  'clojars-token': {
    tp: ['clojars_deploy = "CLOJARS_qim8kkeztafhfbck5j7qchz55m3niv84jgdqig840091bfm89rkw82fgena6"'],
    // too short for the format
    fp: ['clojars_deploy = "CLOJARS_qim8kkeztafhfbck5j7qchz55m"'],
  },
  'dockerhub-token': {
    tp: ['    val dockerHubPat = "dckr_pat_aOezN_clZRBO_jp7HNdLlyCTXuX"'],
    // too short for the format
    fp: ['    val dockerHubPat = "dckr_pat_aOezN_clZ"'],
  },
  'docker-config-auth': {
    tp: ['      "auth": "ZGVwbG95LWJvdDpvYUJrNG9hUVhrbHVnS3RzN284Sg=="'],
    // a documented placeholder
    fp: ['      "auth": "ZGVwbG95xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"'],
  },
};
