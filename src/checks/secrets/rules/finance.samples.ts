// True- and false-positive samples of the finance.ts rules beside this file, keyed by rule id (tests/secrets/rule-samples.test.ts).
// Every value is random text shaped like the documented format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const FINANCE_SAMPLES: RuleSamples = {
  'plaid-access-token': {
    tp: [
      'PLAID_ACCESS_TOKEN="access-development-cc88d6c2-f571-ccd0-adf0-69d9d4cbd474"',
      "  token: 'access-development-cc88d6c2-f571-ccd0-adf0-69d9d4cbd474'",
    ],
    fp: ['PLAID_ACCESS_TOKEN="access-sandbox-3418c5db-7495-16e0-5c01-4dccc344dbf"'],
  },
  'plaid-secret': {
    tp: ['PLAID_CLIENT_SECRET="c463eac145f14358656f857f"', 'const plaidClientSecret = "c463eac145f14358656f857f";'],
    fp: ['PLAID_URL="c463eac145f14358656f857f"'],
  },
  'finicity-secret': {
    tp: ['FINICITY_API_TOKEN="bnxwm1nczbml7cj12jko"', 'const finicityToken = "bnxwm1nczbml7cj12jko";'],
    fp: ['FINICITY_URL="bnxwm1nczbml7cj12jko"'],
  },
  'flutterwave-key': {
    tp: ['FLUTTERWAVE_KEY="FLWSECK_TEST-9c0e3a71b2f4d8e6a1c5b7d9e2f40a6c-X"', "  token: 'FLWSECK_TEST-9c0e3a71b2f4d8e6a1c5b7d9e2f40a6c-X'"],
    fp: ['FLUTTERWAVE_KEY="FLWPUBK_TEST-9e948"'],
  },
  'gocardless-api-token': {
    tp: [
      'GOCARDLESS_API_TOKEN="sandbox_CbxoDA7Ex5invwxc_lrPUalWIM9OLNEwibZrZgSR"',
      'const gocardlessToken = "sandbox_CbxoDA7Ex5invwxc_lrPUalWIM9OLNEwibZrZgSR";',
    ],
    fp: ['GOCARDLESS_URL="sandbox_CbxoDA7Ex5invwxc_lrPUalWIM9OLNEwibZrZgSR"'],
  },
  'coinbase-access-token': {
    tp: [
      'COINBASE_API_TOKEN="hwdyLfTUlebd47xwdw2m-ekNbLtBQBARnKZzjCRO98zavUO55ZM20taSKBIt6j9x"',
      'const coinbaseToken = "hwdyLfTUlebd47xwdw2m-ekNbLtBQBARnKZzjCRO98zavUO55ZM20taSKBIt6j9x";',
    ],
    fp: ['COINBASE_URL="hwdyLfTUlebd47xwdw2m-ekNbLtBQBARnKZzjCRO98zavUO55ZM20taSKBIt6j9x"'],
  },
  'kraken-access-token': {
    tp: [
      'KRAKEN_API_TOKEN="wNbeWTGypyzZ/ubbKSRD-53cT3EHdEXDyxX03ff7/_tp1yNfnrB0nxFG=B9UEz1w6SOJJON+Kvremc12CQzMR"',
      'const krakenToken = "wNbeWTGypyzZ/ubbKSRD-53cT3EHdEXDyxX03ff7/_tp1yNfnrB0nxFG=B9UEz1w6SOJJON+Kvremc12CQzMR";',
    ],
    fp: ['KRAKEN_URL="wNbeWTGypyzZ/ubbKSRD-53cT3EHdEXDyxX03ff7/_tp1yNfnrB0nxFG=B9UEz1w6SOJJON+Kvremc12CQzMR"'],
  },
  'kucoin-secret': {
    tp: ['KUCOIN_API_TOKEN="dfb3bd759c5a7eb3e87627de"', 'const kucoinToken = "dfb3bd759c5a7eb3e87627de";'],
    fp: ['KUCOIN_URL="dfb3bd759c5a7eb3e87627de"'],
  },
  'bittrex-secret': {
    tp: ['BITTREX_API_TOKEN="gvv59muy9oh59nosgcqq8zgqul8sb8vu"', 'const bittrexToken = "gvv59muy9oh59nosgcqq8zgqul8sb8vu";'],
    fp: ['BITTREX_URL="gvv59muy9oh59nosgcqq8zgqul8sb8vu"'],
  },
  'easypost-api-key': {
    tp: [
      'EASYPOST_API_KEY="EZAKdAjQov4Anw0yoZ3HAqWLd9HRL1444NINR7WMybSbOURgoiHyt66OYN"',
      "  token: 'EZAKdAjQov4Anw0yoZ3HAqWLd9HRL1444NINR7WMybSbOURgoiHyt66OYN'",
    ],
    fp: ['EASYPOST_API_KEY="EZAK5AcM7tHZ807h4RnjTyrtwlSeY2o4fGDOCvqbTZNU8PBfFrDtFT9oW"'],
  },
  'shippo-api-token': {
    tp: [
      'SHIPPO_API_TOKEN="shippo_test_287ccf7f4F027DE1987e5E42B9ED30EbEFAafad0"',
      "  token: 'shippo_test_287ccf7f4F027DE1987e5E42B9ED30EbEFAafad0'",
    ],
    fp: ['SHIPPO_API_TOKEN="shippo_live_5431ed1F0FfCa9E80e246Cb37A3e92c55E32EEe"'],
  },
  'lob-api-key': {
    tp: ['LOB_API_TOKEN="test_pub_3695bbc44eaf904544a2fb423c7d573"', 'const lobToken = "test_pub_3695bbc44eaf904544a2fb423c7d573";'],
    fp: ['LOB_URL="test_pub_3695bbc44eaf904544a2fb423c7d573"'],
  },
  'duffel-api-token': {
    tp: [
      'DUFFEL_API_TOKEN="duffel_live_ypVeqnY4EnLsYxKLWr01hTaJXcZYQ4F3KOpmkVKqti2"',
      "  token: 'duffel_live_ypVeqnY4EnLsYxKLWr01hTaJXcZYQ4F3KOpmkVKqti2'",
    ],
    fp: ['DUFFEL_API_TOKEN="duffel_test_VxWVEna6mmzqcdtlAfPTQW93Od5M8esjp7wVZlp7_g"'],
  },
  'finnhub-access-token': {
    tp: ['FINNHUB_API_TOKEN="glv81d0toicpfrum852e"', 'const finnhubToken = "glv81d0toicpfrum852e";'],
    fp: ['FINNHUB_URL="glv81d0toicpfrum852e"'],
  },
  'freemius-secret-key': {
    path: 'sample.php',
    tp: ['SECRET_KEY="sk_HH8x?7E??=9exO[6?7GVJCeGX2?PJ"', "  'secret_key' => 'sk_HH8x?7E??=9exO[6?7GVJCeGX2?PJ',"],
    fp: ["  'other_key' => 'sk_T6O3YRLFO91>:=LXx7e4;LAXRRJR',"],
  },
};
