// True- and false-positive samples of the communication, email and SaaS rules (saas.ts beside this file), keyed by rule id;
// tests/secrets/rule-samples.test.ts runs every one. Kept out of the rule file so the bundle ships no
// token-shaped text. Every value is random text shaped like the format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const SAAS_SAMPLES: RuleSamples = {
  'sendgrid-api-key': {
    tp: ['sendgrid_api_key = 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'],
    // too short for the format
    fp: ['sendgrid_api_key = SG.QM63qFWGwyvzQfn5AHM3KP.ym3l3GgR'],
  },
  'twilio-api-key': {
    tp: ['TWILIO_API_KEY=SKbde87fa89dd9563ae09ca2e6267c30bb'],
    // too short for the format
    fp: ['TWILIO_API_KEY=SKbde87fa89dd9563'],
  },
  'twilio-auth-token': {
    tp: ['  "twilioAuthToken": "40ff835eb52ff9920ac7b652fb0d115b",'],
    // too short for the format
    fp: ['  "twilioAuthToken": "40ff835eb52ff992",'],
  },
  'mailgun-api-key': {
    tp: ['export const MG_KEY: string = "key-017f079244be936f7e336f1592075977";'],
    // too short for the format
    fp: ['export const MG_KEY: string = "key-017f079244be93";'],
  },
  'mailgun-private-api-key': {
    tp: ['\tmailgunApiKey := "47ed74b86d5a534193d1bcf41f952f2e-2c161f4d-4a9776bf"'],
    // too short for the format
    fp: ['\tmailgunApiKey := "47ed74b86d5a534193d1bcf41"'],
  },
  'mailchimp-api-key': {
    tp: ["    'mc_key' => 'c47e4939128c3c29f5880e066b15fa28-us76',"],
    // too short for the format
    fp: ["    'mc_key' => 'c47e4939128c3c29f5',"],
  },
  'postman-api-key': {
    tp: ['export POSTMAN_KEY="PMAK-63d1b7428bb4cbe5d4f16e0d-43346ff0fb10b9a81d66365474af2a94fd"'],
    // too short for the format
    fp: ['export POSTMAN_KEY="PMAK-63d1b7428bb4cbe5d4f16e0d-43"'],
  },
  'linear-api-key': {
    tp: ['  linear_key = "lin_api_Id1cSvdUo2IO5TMdxXhGofHKN927CrG7Mi3wUbn2"'],
    // too short for the format
    fp: ['  linear_key = "lin_api_Id1cSvdUo2IO5TMd"'],
  },
  'notion-token': {
    tp: ['notion_token = "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"'],
    // too short for the format
    fp: ['notion_token = "ntn_97208672939Wy0nxus56f"'],
  },
  'airtable-pat': {
    tp: ['    val airtablePat = "pataX03hvQ0KXfj2A.daae3ffca4bacad48255e455a62e28942f597c830f7a62585bd9518ad31e8166"'],
    // too short for the format
    fp: ['    val airtablePat = "pataX03hvQ0KXfj2A.daae3ffca4bacad48255e45"'],
  },
  'figma-pat': {
    tp: ['figma_token = figd_55MF14yaWYLXi0Leye6MIJsVwY3uklquwHi30R-j'],
    // too short for the format
    fp: ['figma_token = figd_55MF14yaWYLXi0Ley'],
  },
  'atlassian-api-token': {
    tp: [
      'ATLASSIAN_TOKEN=ATATT3xFfGF0oZ6EbQXS2NBLGv8HB6avLeRbw9Dr4Gff8typTy_xQRgKW_Y-6LUrjy2xaNEJk3xY3m3SgSkGT4oCu83Q9FhUMJyh48koN1JQ8yQa65zAfTE2jjJLANMod0pogsKpL8U-SpdejOanEy3uZfs-BWM4tWGyIa8qGNjI7vt69EWY_U=67NM4XRJ',
    ],
    // too short for the format
    fp: ['ATLASSIAN_TOKEN=ATATT3xFfGF0oZ6EbQXS2NBLGv8HB6avLeRbw9Dr4Gff8typTy_xQRgKW_Y-6LUrjy2xaNEJk3xY3m3SgSkGT4oCu83Q9Fh'],
  },
  'atlassian-api-token-legacy': {
    tp: ['  "jiraApiToken": "ukLn9DF9FvUM347ev7M3c6gG",'],
    // too short for the format
    fp: ['  "jiraApiToken": "ukLn9DF9FvUM",'],
  },
  'bitbucket-app-password': {
    tp: ['export const BITBUCKET_PASSWORD: string = "ATBBX1VBfvQpFAG2ZtUFRM8NxgEeFQKiOnke";'],
    // too short for the format
    fp: ['export const BITBUCKET_PASSWORD: string = "ATBBX1VBfvQpFAG2Zt";'],
  },
  'shopify-access-token': {
    tp: ['\tshopifyToken := "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"'],
    // too short for the format
    fp: ['\tshopifyToken := "shpat_845a0a8e89783"'],
  },
  'shopify-custom-app-token': {
    tp: ["    'shopify_custom' => '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',"],
    // too short for the format
    fp: ["    'shopify_custom' => 'shpca_6383dbcc47a6f',"],
  },
  'shopify-private-app-token': {
    tp: ['export SHOPIFY_PRIVATE="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"'],
    // too short for the format
    fp: ['export SHOPIFY_PRIVATE="shppa_6c6a455a65da4"'],
  },
  'shopify-shared-secret': {
    tp: ['  shopify_shared = "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"'],
    // too short for the format
    fp: ['  shopify_shared = "shpss_8fe5a79cebe3b"'],
  },
  'discord-bot-token': {
    tp: ['discord_bot_token = "MTQv9ybQksvQkbKHDDbfHucKOE.xrvUUd.7r-ti7DnY3mnaKf5Wzdl5dpNeNf__k8Cw3tGeD"'],
    // too short for the format
    fp: ['discord_bot_token = "MTQv9ybQksvQkbKHDDbfHucKOE.xrvUUd.7r"'],
  },
  'discord-webhook-url': {
    tp: [
      '    val discordWebhook = "https://discord.com/api/webhooks/1557832217144708018/7wESFenSaS6zSrcbBwbHjS8oPcynrXQUf54iRObehIP-T01R_DCWDWcjBcqPqMtFaqR7"',
    ],
    // too short for the format
    fp: ['    val discordWebhook = "https://discord.com/api/webhooks/1557832217144708018/7wESFen"'],
  },
  'telegram-bot-token-context': {
    tp: ['TELEGRAM_BOT_TOKEN: "7741029387:AhQ2vW8kT0pzLr5XcN1yGb6eUjFm4sDo9Ia"'],
    // a token-shaped value under a key that is not a secret
    fp: ['TELEGRAM_CHAT_URL: "7741029387:AhQ2vW8kT0pzLr5XcN1yGb6eUjFm4sDo9Ia"'],
  },
  'telegram-bot-token': {
    tp: ['telegram_bot_token = 9500118687:AAVviyoV_rad5yhBbqUfUkKuDwam12in9s2'],
    // too short for the format
    fp: ['telegram_bot_token = 9500118687:AAVviyoV_rad'],
  },
};
