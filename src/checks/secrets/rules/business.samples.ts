// True- and false-positive samples of the business.ts rules beside this file, keyed by rule id (tests/secrets/rule-samples.test.ts).
// Every value is random text shaped like the documented format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const BUSINESS_SAMPLES: RuleSamples = {
  'intercom-api-key': {
    tp: [
      'INTERCOM_API_TOKEN="hLQd6Im589rvQK5W406mb4rBWBc7MfbdffGljs08OnleL2OMKMzjLfx-4asM"',
      'const intercomToken = "hLQd6Im589rvQK5W406mb4rBWBc7MfbdffGljs08OnleL2OMKMzjLfx-4asM";',
    ],
    fp: ['INTERCOM_URL="hLQd6Im589rvQK5W406mb4rBWBc7MfbdffGljs08OnleL2OMKMzjLfx-4asM"'],
  },
  'hubspot-api-key': {
    tp: ['HUBSPOT_API_TOKEN="fb2baB12-bE85-7A13-82CA-FF62aBe2f5ef"', 'const hubspotToken = "fb2baB12-bE85-7A13-82CA-FF62aBe2f5ef";'],
    fp: ['HUBSPOT_URL="fb2baB12-bE85-7A13-82CA-FF62aBe2f5ef"'],
  },
  'hubspot-private-app-token': {
    tp: [
      'HUBSPOT_PRIVATE_APP_TOKEN="pat-na3-dc2bcd26-eeb2-a053-c9e1-5598b918d8ca"',
      "  token: 'pat-na3-dc2bcd26-eeb2-a053-c9e1-5598b918d8ca'",
    ],
    fp: ['HUBSPOT_PRIVATE_APP_TOKEN="pat-na4-ae27c9b1-7a1d-7481-5e9c-3fab917f785"'],
  },
  'zendesk-secret-key': {
    tp: [
      'ZENDESK_API_TOKEN="mhPCx2c0sL04RKAdYe1CWVV7Jm7Jvy6HlaJI4HPs"',
      'const zendeskToken = "mhPCx2c0sL04RKAdYe1CWVV7Jm7Jvy6HlaJI4HPs";',
    ],
    fp: ['ZENDESK_URL="mhPCx2c0sL04RKAdYe1CWVV7Jm7Jvy6HlaJI4HPs"'],
  },
  'freshbooks-access-token': {
    tp: [
      'FRESHBOOKS_API_TOKEN="v3mijizff4k6b9wjyyah2xvex3vj0qcymt9wd7fe7kgmjtytgmblmw118ajo9z1j"',
      'const freshbooksToken = "v3mijizff4k6b9wjyyah2xvex3vj0qcymt9wd7fe7kgmjtytgmblmw118ajo9z1j";',
    ],
    fp: ['FRESHBOOKS_URL="v3mijizff4k6b9wjyyah2xvex3vj0qcymt9wd7fe7kgmjtytgmblmw118ajo9z1j"'],
  },
  'messagebird-api-token': {
    tp: [
      'MESSAGEBIRD_CLIENT_SECRET="0f360d72-b76b-e6c5-850a-76a02ea9098b"',
      'const messagebirdClientSecret = "0f360d72-b76b-e6c5-850a-76a02ea9098b";',
    ],
    fp: ['MESSAGEBIRD_URL="0f360d72-b76b-e6c5-850a-76a02ea9098b"'],
  },
  'sendbird-access-token': {
    tp: [
      'SENDBIRD_CLIENT_SECRET="9bd82d845495d0ee5478c4371e1ba0407a5a390b"',
      'const sendbirdClientSecret = "9bd82d845495d0ee5478c4371e1ba0407a5a390b";',
    ],
    fp: ['SENDBIRD_URL="9bd82d845495d0ee5478c4371e1ba0407a5a390b"'],
  },
  'sendinblue-api-token': {
    tp: [
      'SENDINBLUE_API_TOKEN="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"',
      "  token: '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'",
    ],
    fp: ['SENDINBLUE_API_TOKEN="xkeysib-90cb7c83e4e348ee0904359906f3c5a6dd6378040b9b23a9fe1062b36f4b5006-LsitwWzwuXggcIu"'],
  },
  'asana-client-secret': {
    tp: ['ASANA_CLIENT_SECRET="Z1ibtROagJp97Fpa2QLbZfjHF1Y1SDEZ"', 'const asanaClientSecret = "Z1ibtROagJp97Fpa2QLbZfjHF1Y1SDEZ";'],
    fp: ['ASANA_URL="Z1ibtROagJp97Fpa2QLbZfjHF1Y1SDEZ"'],
  },
  'adobe-client-id': {
    tp: ['ADOBE_CLIENT_SECRET="5b7642814ca8a956e988c0be8a77c9ac"', 'const adobeClientSecret = "5b7642814ca8a956e988c0be8a77c9ac";'],
    fp: ['ADOBE_URL="5b7642814ca8a956e988c0be8a77c9ac"'],
  },
  'adobe-client-secret': {
    tp: ['ADOBE_CLIENT_SECRET="p8e-dm0Y9ycv71gmZvY1pfrceUiB82sOtzMR"', "  token: 'p8e-dm0Y9ycv71gmZvY1pfrceUiB82sOtzMR'"],
    fp: ['ADOBE_CLIENT_SECRET="p8e-rbb0hf7qSsm9moOrTuywip8dAtQ2IIz"'],
  },
  'alibaba-access-key-id': {
    tp: ['ALIBABA_ACCESS_KEY_ID="LTAI4m8bIoqmjzO6jt6ifnkh"', "  token: 'LTAI4m8bIoqmjzO6jt6ifnkh'"],
    fp: ['ALIBABA_ACCESS_KEY_ID="LTAIecvyArb2qeyJWqBZ8fd"'],
  },
  'alibaba-secret-key': {
    tp: ['ALIBABA_API_TOKEN="VTOjYqOSiwu6CTE6t4HXQ3fsS1EKyi"', 'const alibabaToken = "VTOjYqOSiwu6CTE6t4HXQ3fsS1EKyi";'],
    fp: ['ALIBABA_URL="VTOjYqOSiwu6CTE6t4HXQ3fsS1EKyi"'],
  },
  'algolia-api-key': {
    tp: ['ALGOLIA_API_TOKEN="k7cSpIVlrsGjMYmN2yPuUGOJLXUTkqyi"', 'const algoliaToken = "k7cSpIVlrsGjMYmN2yPuUGOJLXUTkqyi";'],
    fp: ['ALGOLIA_URL="k7cSpIVlrsGjMYmN2yPuUGOJLXUTkqyi"'],
  },
  'bitbucket-client-secret': {
    tp: [
      'BITBUCKET_CLIENT_SECRET="fLfkm5a4SJJS0cJnhyfH2J7YD4zG1g3Bx=Wp=WIzR77JvanH5aVzZd=LYnFdN8x="',
      'const bitbucketClientSecret = "fLfkm5a4SJJS0cJnhyfH2J7YD4zG1g3Bx=Wp=WIzR77JvanH5aVzZd=LYnFdN8x=";',
    ],
    fp: ['BITBUCKET_URL="fLfkm5a4SJJS0cJnhyfH2J7YD4zG1g3Bx=Wp=WIzR77JvanH5aVzZd=LYnFdN8x="'],
  },
  'looker-client-secret': {
    tp: ['LOOKER_CLIENT_SECRET="MlXnJESZNd26oSB5K9qLzaT2"', 'const lookerClientSecret = "MlXnJESZNd26oSB5K9qLzaT2";'],
    fp: ['LOOKER_URL="MlXnJESZNd26oSB5K9qLzaT2"'],
  },
  'mailgun-public-key': {
    tp: ['MAILGUN_PUBLIC_KEY="pubkey-471cbee2cf73b876dce631f8e123825f"', "  token: 'pubkey-471cbee2cf73b876dce631f8e123825f'"],
    fp: ['MAILGUN_PUBLIC_KEY="pubkey-c97c1deaec039ad00ed46a9f98f0fd8"'],
  },
  'mailgun-signing-key': {
    tp: [
      'MAILGUN_API_TOKEN="61a01cf6b5a1h8bc798c4b6gead84e16-e594cfhh-g3dh9f5h"',
      'const mailgunToken = "61a01cf6b5a1h8bc798c4b6gead84e16-e594cfhh-g3dh9f5h";',
    ],
    fp: ['MAILGUN_URL="61a01cf6b5a1h8bc798c4b6gead84e16-e594cfhh-g3dh9f5h"'],
  },
  'linear-client-secret': {
    tp: ['LINEAR_API_TOKEN="7cd71a0894762ee2568f7697e690e871"', 'const linearToken = "7cd71a0894762ee2568f7697e690e871";'],
    fp: ['LINEAR_URL="7cd71a0894762ee2568f7697e690e871"'],
  },
  'maxmind-license-key': {
    tp: ['MAXMIND_LICENSE_KEY="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"', "  token: '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'"],
    fp: ['MAXMIND_LICENSE_KEY="iZOEgE_A9zhjJMNHIF89h7hPlqaMiRwxJmpF_mm"'],
  },
  'fastly-api-token': {
    tp: ['FASTLY_API_TOKEN="DiiIpwJrl8OrCRD2WEOrn3CGNznVBtCz"', 'const fastlyToken = "DiiIpwJrl8OrCRD2WEOrn3CGNznVBtCz";'],
    fp: ['FASTLY_URL="DiiIpwJrl8OrCRD2WEOrn3CGNznVBtCz"'],
  },
  'cloudflare-api-key': {
    tp: [
      'CLOUDFLARE_API_TOKEN="VGBqZQbia63mKL2CGmyngBouLDx41jk02C0R1bL4"',
      'const cloudflareToken = "VGBqZQbia63mKL2CGmyngBouLDx41jk02C0R1bL4";',
    ],
    fp: ['CLOUDFLARE_URL="VGBqZQbia63mKL2CGmyngBouLDx41jk02C0R1bL4"'],
  },
  'typeform-legacy-token': {
    tp: [
      'TYPEFORM_API_TOKEN="fji_B8wgCeq-c9fVXQ4LG5sQsuLWNxrjrCPFR2w1h3Sv"',
      'const typeformToken = "fji_B8wgCeq-c9fVXQ4LG5sQsuLWNxrjrCPFR2w1h3Sv";',
    ],
    fp: ['TYPEFORM_URL="fji_B8wgCeq-c9fVXQ4LG5sQsuLWNxrjrCPFR2w1h3Sv"'],
  },
  'perplexity-api-key': {
    tp: [
      'PERPLEXITY_API_KEY="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"',
      "  token: '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'",
    ],
    fp: ['PERPLEXITY_API_KEY="pplx-FNoxiUhpL1vOHINp6pi4QzICTpjdnm8QCltMADI7iS8BvsV"'],
  },
  'cohere-api-token': {
    tp: ['COHERE_API_TOKEN="nEWijsnNCPhitQmVHhvIu3yfyNBRRbMB0yuCQTfa"', 'const cohereToken = "nEWijsnNCPhitQmVHhvIu3yfyNBRRbMB0yuCQTfa";'],
    fp: ['COHERE_URL="nEWijsnNCPhitQmVHhvIu3yfyNBRRbMB0yuCQTfa"'],
  },
  'dynatrace-token-context': {
    tp: [
      'DYNATRACE_API_TOKEN="dt0c01.ZiC3H5vXQcusSw1O8eOQMCMU.DXVifl1NfSZ6SDDSUpM8NlCgJa6Ax5unPyt10d98BjDWiKVcIwSXhb0UTn157Rgd"',
      'const dynatraceToken = "dt0c01.ZiC3H5vXQcusSw1O8eOQMCMU.DXVifl1NfSZ6SDDSUpM8NlCgJa6Ax5unPyt10d98BjDWiKVcIwSXhb0UTn157Rgd";',
    ],
    fp: ['DYNATRACE_URL="dt0c01.ZiC3H5vXQcusSw1O8eOQMCMU.DXVifl1NfSZ6SDDSUpM8NlCgJa6Ax5unPyt10d98BjDWiKVcIwSXhb0UTn157Rgd"'],
  },
  'airtable-api-key': {
    tp: ['AIRTABLE_API_KEY="ckU7spcZx3zEf981B"'],
    fp: ['AIRTABLE_BASE_ID="ckU7spcZx3zEf981B"'],
  },
};
