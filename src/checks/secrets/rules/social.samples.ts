// True- and false-positive samples of the social.ts rules beside this file, keyed by rule id (tests/secrets/rule-samples.test.ts).
// Every value is random text shaped like the documented format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const SOCIAL_SAMPLES: RuleSamples = {
  'twitter-secret': {
    tp: ['TWITTER_API_TOKEN="k8rGF99Lz7RIOgXocsXdhqw1m7omtukVCsA"', 'const twitterToken = "k8rGF99Lz7RIOgXocsXdhqw1m7omtukVCsA";'],
    fp: ['TWITTER_URL="k8rGF99Lz7RIOgXocsXdhqw1m7omtukVCsA"'],
  },
  'twitter-access-token': {
    tp: [
      'TWITTER_API_TOKEN="54627520545376747-Gnm7U5GEoRYPKehZcUywLO5Q4G"',
      'const twitterToken = "54627520545376747-Gnm7U5GEoRYPKehZcUywLO5Q4G";',
    ],
    fp: ['TWITTER_URL="54627520545376747-Gnm7U5GEoRYPKehZcUywLO5Q4G"'],
  },
  'twitter-bearer-token': {
    tp: [
      'TWITTER_BEARER_TOKEN="AAAAAAAAAAAAAAAAAAAAAAq1GJFWlLc12d21J9c%bY8MFevYVJ3l3bh1HHHaJg9AvVHbEmca5GDgusnmDIqoRNavjARjPAXebR4r6Ne6sC"',
      "  token: 'AAAAAAAAAAAAAAAAAAAAAAq1GJFWlLc12d21J9c%bY8MFevYVJ3l3bh1HHHaJg9AvVHbEmca5GDgusnmDIqoRNavjARjPAXebR4r6Ne6sC'",
    ],
    fp: ['TWITTER_BEARER_TOKEN="AAAAAAAAAAAAAAAAAAAAAAzxwAtenMHbsutGWo21VUmiQL7OUMdZYU37wULa6UFNPzfBjsXQz4ajOB53zRZSYuLLGBuVKambvutJ3"'],
  },
  'facebook-secret': {
    tp: ['FACEBOOK_API_TOKEN="f4b879433d568004cf0b367f0a7a7b0a"', 'const facebookToken = "f4b879433d568004cf0b367f0a7a7b0a";'],
    fp: ['FACEBOOK_URL="f4b879433d568004cf0b367f0a7a7b0a"'],
  },
  'facebook-page-access-token': {
    tp: [
      'FACEBOOK_PAGE_ACCESS_TOKEN="EAACTOIOSJKC5JBx0YaukmuCLwGv0BN1wnHxGk3vRXjS3dTxCrbAUyv91NPWObZOHEvPrB92XUmPhlNPNoWCuhUZvLPCvaJCSvLLAXCuCcRJ7Ji"',
      "  token: 'EAACTOIOSJKC5JBx0YaukmuCLwGv0BN1wnHxGk3vRXjS3dTxCrbAUyv91NPWObZOHEvPrB92XUmPhlNPNoWCuhUZvLPCvaJCSvLLAXCuCcRJ7Ji'",
    ],
    fp: [
      'FACEBOOK_PAGE_ACCESS_TOKEN="EAAMX2pqQY7jGPulCvCV284oWK27K8VYsrwnm5UiGUgYqwhLgbDE3tyQSezOkHKf9hLXM26Lvr0FlSnqQsRj6YyTjquSQjmy4k7Mms1"',
    ],
  },
  'linkedin-client-secret': {
    tp: ['LINKEDIN_CLIENT_SECRET="mklyu402inen0v"', 'const linkedinClientSecret = "mklyu402inen0v";'],
    fp: ['LINKEDIN_URL="mklyu402inen0v"'],
  },
  'twitch-api-token': {
    tp: ['TWITCH_API_TOKEN="87gc3dqi1m1e6sdmimcau53uq5w5il"', 'const twitchToken = "87gc3dqi1m1e6sdmimcau53uq5w5il";'],
    fp: ['TWITCH_URL="87gc3dqi1m1e6sdmimcau53uq5w5il"'],
  },
  'discord-client-secret': {
    tp: ['DISCORD_CLIENT_SECRET="Qm7xT2vK9pL4wZ8rN3bY6cH1dF5gJ0sA"', 'const discordClientSecret = "Qm7xT2vK9pL4wZ8rN3bY6cH1dF5gJ0sA";'],
    fp: ['DISCORD_URL="411948181979674985"'],
  },
  'flickr-access-token': {
    tp: ['FLICKR_API_TOKEN="0ujx4gdq5sruzmsxrxt7cszuy9s4qonp"', 'const flickrToken = "0ujx4gdq5sruzmsxrxt7cszuy9s4qonp";'],
    fp: ['FLICKR_URL="0ujx4gdq5sruzmsxrxt7cszuy9s4qonp"'],
  },
  'nytimes-access-token': {
    tp: ['NYTIMES_API_TOKEN="_XcJHC5UYZFHKz0prbgjc6X=3JoIea6W"', 'const nytimesToken = "_XcJHC5UYZFHKz0prbgjc6X=3JoIea6W";'],
    fp: ['NYTIMES_URL="_XcJHC5UYZFHKz0prbgjc6X=3JoIea6W"'],
  },
  'etsy-access-token': {
    tp: ['ETSY_API_TOKEN="xrn464076cnocmrnxzwptrb1"', 'const etsyToken = "xrn464076cnocmrnxzwptrb1";'],
    fp: ['ETSY_URL="xrn464076cnocmrnxzwptrb1"'],
  },
  'yandex-api-key': {
    tp: ['YANDEX_API_KEY="AQVN-yJJ3M0f4fj0JkrUXNxgNj7efkREvljNM8WYOy"', "  token: 'AQVN-yJJ3M0f4fj0JkrUXNxgNj7efkREvljNM8WYOy'"],
    fp: ['YANDEX_API_KEY="AQVNenaeHzTnBMgmmKXAXTwlBPatjDAGrW6U5o"'],
  },
  'yandex-iam-token': {
    tp: [
      'YANDEX_IAM_TOKEN="t1.9euelZqSx5WYk8vJk5GRnZ6Jlo2Uje3rnpWaj5WSjMqZlIqQns_e.SpKS9kWD5SMOQE3-cBboZeqjZtLjOCBnnLeXNugNYUf58C_Aa-3owjC6KRRqtQbFTNFezkBSjYbvAeztG3KB1t"',
      "  token: 't1.9euelZqSx5WYk8vJk5GRnZ6Jlo2Uje3rnpWaj5WSjMqZlIqQns_e.SpKS9kWD5SMOQE3-cBboZeqjZtLjOCBnnLeXNugNYUf58C_Aa-3owjC6KRRqtQbFTNFezkBSjYbvAeztG3KB1t'",
    ],
    fp: [
      'YANDEX_IAM_TOKEN="t1.9euelZqSx5WYk8vJk5GRnZ6Jlo2Uje3rnpWaj5WSjMqZlIqQns_e.YQAMbKvU12OxMSyHJLUNcrn8uW5D6T7kATVXW5YsWlFUUzwMP9rrjIXiJZfYJ4Hawx7"',
    ],
  },
  'yandex-access-token': {
    tp: [
      'YANDEX_API_TOKEN="y0_btQuBQHjE6JLAGVxlQbDjikpH72m68HKKi4thHurCIYetjz67YPFQFJ"',
      'const yandexToken = "y0_btQuBQHjE6JLAGVxlQbDjikpH72m68HKKi4thHurCIYetjz67YPFQFJ";',
    ],
    fp: ['YANDEX_URL="y0_btQuBQHjE6JLAGVxlQbDjikpH72m68HKKi4thHurCIYetjz67YPFQFJ"'],
  },
  'dropbox-short-lived-token': {
    tp: [
      'DROPBOX_SHORT_LIVED_TOKEN="sl.WsNVYguf=WS0VOqsjDUnJjNO8Fmhv4KZ43cKX4SqrM1C1k=_SrxJuuA_F=7O8DULEguTthJicqd0Oc5g=q6y=kPoTX-3Wu5aczRL=oZyPO3GbpmWCcd66CG41KJMYRRL3zOZi="',
      "  token: 'sl.WsNVYguf=WS0VOqsjDUnJjNO8Fmhv4KZ43cKX4SqrM1C1k=_SrxJuuA_F=7O8DULEguTthJicqd0Oc5g=q6y=kPoTX-3Wu5aczRL=oZyPO3GbpmWCcd66CG41KJMYRRL3zOZi='",
    ],
    fp: [
      'DROPBOX_SHORT_LIVED_TOKEN="sl.tqoKlMf0y6wo0IV0AAszpXrcP0dFLK6TAp8IF53O9JEP6zsGgwfQw31uFSexzxiXDxyl1LRlkDyQ-00XAkdqjl720VVTfdz7cFQQeJqvVy9Cl8oqDorCSTCfakzE9pfHP"',
    ],
  },
  'dropbox-api-token': {
    tp: [
      'DROPBOX_API_TOKEN="z8tbtq0ctcvAAAAAAAAAAWP78I3ykmFo=2qexBlakv7M2SkTXXbWnI98ojPnvlNt"',
      'const dropboxToken = "z8tbtq0ctcvAAAAAAAAAAWP78I3ykmFo=2qexBlakv7M2SkTXXbWnI98ojPnvlNt";',
    ],
    fp: ['DROPBOX_URL="z8tbtq0ctcvAAAAAAAAAAWP78I3ykmFo=2qexBlakv7M2SkTXXbWnI98ojPnvlNt"'],
  },
  'mapbox-token': {
    tp: [
      'MAPBOX_API_TOKEN="sk.D86DlHrVXT58JetGUqbwPoW3dgJlPMBaGNGT3WDjS7okXb7H8JjaE3IwDLSH.ym8gLm9NsqLPpbwn7FbYQ2"',
      'const mapboxToken = "sk.D86DlHrVXT58JetGUqbwPoW3dgJlPMBaGNGT3WDjS7okXb7H8JjaE3IwDLSH.ym8gLm9NsqLPpbwn7FbYQ2";',
    ],
    fp: ['MAPBOX_URL="sk.D86DlHrVXT58JetGUqbwPoW3dgJlPMBaGNGT3WDjS7okXb7H8JjaE3IwDLSH.ym8gLm9NsqLPpbwn7FbYQ2"'],
  },
  'typeform-api-token': {
    tp: [
      'TYPEFORM_API_TOKEN="tfp_nTeTVGz_ZexK34jZubaFWUMeN5Yp7WXQiApH.NDU2hI-JH-5z93g=OXmRGC"',
      "  token: 'tfp_nTeTVGz_ZexK34jZubaFWUMeN5Yp7WXQiApH.NDU2hI-JH-5z93g=OXmRGC'",
    ],
    fp: ['TYPEFORM_API_TOKEN="tfp_bLGXTNzKY2vHPJli9ZNlagh8UmHUO_-0AacHcCaFnRVQ8hR_5HVSaDzZeb"'],
  },
  'frameio-api-token': {
    tp: [
      'FRAMEIO_API_TOKEN="fio-u-vdHjBy0mwEwxsBinAYMAYbTuOI2zFliopYs3qRT=rst70akkdQN4tCEGYe176QxM"',
      "  token: 'fio-u-vdHjBy0mwEwxsBinAYMAYbTuOI2zFliopYs3qRT=rst70akkdQN4tCEGYe176QxM'",
    ],
    fp: ['FRAMEIO_API_TOKEN="fio-u-quOP22=_1KeFYv_-BKHl4PJwA_SsvpQAti4Yxoc0k-NZJ1GytBV-lK-BJ1yyJ3l"'],
  },
  'contentful-api-token': {
    tp: [
      'CONTENTFUL_API_TOKEN="CFPAT-dNrEd5pUy4Fc6UcB4pK-xotPA5VpSjlXSE-GjfuBIsW"',
      'const contentfulToken = "CFPAT-dNrEd5pUy4Fc6UcB4pK-xotPA5VpSjlXSE-GjfuBIsW";',
    ],
    fp: ['CONTENTFUL_URL="CFPAT-dNrEd5pUy4Fc6UcB4pK-xotPA5VpSjlXSE-GjfuBIsW"'],
  },
  'squarespace-access-token': {
    tp: [
      'SQUARESPACE_API_TOKEN="624ecc4d-101c-a3fc-df64-2cfc612dcae9"',
      'const squarespaceToken = "624ecc4d-101c-a3fc-df64-2cfc612dcae9";',
    ],
    fp: ['SQUARESPACE_URL="624ecc4d-101c-a3fc-df64-2cfc612dcae9"'],
  },
  'rapidapi-access-token': {
    tp: [
      'RAPIDAPI_API_TOKEN="0EikPp0LBY51OuDsRl6tA_Yltbvpp8wd0cgu1GwNbccb1a8IVm"',
      'const rapidapiToken = "0EikPp0LBY51OuDsRl6tA_Yltbvpp8wd0cgu1GwNbccb1a8IVm";',
    ],
    fp: ['RAPIDAPI_URL="0EikPp0LBY51OuDsRl6tA_Yltbvpp8wd0cgu1GwNbccb1a8IVm"'],
  },
  'beamer-api-token': {
    tp: [
      'BEAMER_API_TOKEN="b_sa7rsv-r-H0G7fdXJwptmh8j9r9C_xTTYoolP=4piTy_"',
      'const beamerToken = "b_sa7rsv-r-H0G7fdXJwptmh8j9r9C_xTTYoolP=4piTy_";',
    ],
    fp: ['BEAMER_URL="b_sa7rsv-r-H0G7fdXJwptmh8j9r9C_xTTYoolP=4piTy_"'],
  },
};
