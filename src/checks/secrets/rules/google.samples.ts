// True- and false-positive samples of the Google rules (google.ts beside this file), keyed by rule id;
// tests/secrets/rule-samples.test.ts runs every one. Kept out of the rule file so the bundle ships no
// token-shaped text. Every value is random text shaped like the format: none is a real credential.
import type { RuleSamples } from './shape.js';

export const GOOGLE_SAMPLES: RuleSamples = {
  'google-api-key': {
    tp: ['export GOOGLE_MAPS_KEY="AIza0y37tMl7zosnQeqPNwGuHxKo6R-3hAzFyoc"'],
    // too short for the format
    fp: ['export GOOGLE_MAPS_KEY="AIza0y37tMl7zosnQeq"'],
  },
  'gcp-service-account-key': {
    tp: [
      '  "private_key": "-----BEGIN PRIVATE KEY-----\\nOYVFH/4WXoqBCM2opInbM39rYfAab4b6RqYgKiihaU0CSNISfvgy1Zn/N0c0JD8t\\n6TxjfSXkWO4v8/6foHH2arJSuLhayho4sRZvnPlaqMDcqFjDZ79M1VduxTp1E8Yo\\noP81tfuqbspX96I8z8u+iamBS8sfH52nnCVL8o3N2g4b2RKuu3ZNmaf5AtzKGSus\\niv+KHC6EYast2CVwZxKNbh/YcHdRtVNapIBo/2NSDf0y0PKHrkmmPVDSHuYXiq7t\\nPzZUU0EOLvXcJGAFaltfQnZJ2+c3PSYvYr0B3ZQq+XzaGBYzawkE4rnCBYrXkmWQ\\nBojaHJOBGiLywQo6yCS19L2FqnLuxzWuLcQo86F80hPkFCdJ4NWb0dIpDv2glSXD\\nHSm66FunIE0VPTE1epTc0F61CMCWAHntnyoljh+LEVzOcnKX3FV4d1sGLAfWMvDA\\nrHv/zGErJWxzxrJRBfi8mNkQ0d9ksFWvx802bbvZM8KISesjR8lMmh54cSEDp4w/\\n+VSDfSsq1yvl8I1+Vh+93GJDx8mKCxAe5+GXvPou53+DlIM5UiTuA+8v8m1dhhM9\\nNSWSf+sFzWHBr9npy7CgVFvxACRBItLzTUeTPWyPinfVs9YO8HvLPFVtJCsrNWNE\\nonU3B6NAueBMJ89TzbFeF3zDsz7c8YAz0spjr9PjYJ0x5ykT3DGRQWJbKff7TdHy\\n4hoJNSj5+ICVRlLYiXiEPOy4qHqS3is+fDEO9g1QvTFgNJwIV0Thpk1frCDGGX+S\\nQLnik1EiSb8pso83LVTRo9RVYOB1ZPW/SFUSvQwsWxnVEy3imssN2WhYUKJigqNG\\nnlggVCZV2X0Prx6wRlT8xjGCga48DNMy+K5eutNkXaIIzzjb56ECEykIrZr6BlOV\\nZfqjcxqNW/XRMafPrTGH19QokRWNQHLJCKPoOd0llgjKhZfPMev9zLp43JE/T7Oy\\nfa8wfN88svHOXqSilZ8O4olLLZtT/ZxzdGzOJvohscuXdT9GbDtF0Xndh72nR8Bq\\nmxoS52fd1S/W+JkklCLQpw7tsbSja631GPWxPqTRczbkBiuDCPuj9QS/kr0j98go\\nJvx5FwRTD2KtFAzQGujAQCBj/7+DSJ+0VJ4LUOKnYHqlfrrESHTlqmQ8YUmV4JDN\\nduECGajT8eDXZHUh2LxT6hT9U9bpQRX53e7KkPMYVKCyMNgNdDXcuzsuOQQzQmvf\\nsB52blMERKtlOKQQLMchOB1Kojwlcd3hUMnK8C2dHmeKLZfl9nH2yF2vFc6r1zeV\\nLmXgCv8vlryetscJEb1E8GM+w8X5de58FtoU0GlQXeQRaQ57/Rit/EIZWRaf4pF/\\nKpVkPRPNkGqSYxRWglh6rQU3gSLbN/MyueHXzucgBKW0DPnL6JrV2QGw7wB8iMZt\\nLKTwxHzTPBzcWj7zfyAy8msxOAELZ775i72E+BdMZt20+aM2RweIXYtdMBBkGA1S\\nnstTSgQ8Tqw61U0Yqk+EooHPVdhYC8RJixi6WzCFVic3roY5ublBrubGEV4xSQ/F\\nXCwv/I09GdzQG1Dv4wCnfbwuOS+H8tIUgrZ7AhEq4odeLpb30pf/QxeY/45TnblV\\nkQjazhps3Nz7CZiI1q1wQV88\\n-----END PRIVATE KEY-----\\n",',
    ],
    // too short for the format
    fp: [
      '  "private_key": "-----BEGIN PRIVATE KEY-----\\nOYVFH/4WXoqBCM2opInbM39rYfAab4b6RqYgKiihaU0CSNISfvgy1Zn/N0c0JD8t\\n6TxjfSXkWO4v8/6foHH2arJSuLhayho4sRZvnPlaqMDcqFjDZ79M1VduxTp1E8Yo\\noP81tfuqbspX96I8z8u+iamBS8sfH52nnCVL8o3N2g4b2RKuu3ZNmaf5AtzKGSus\\niv+KHC6EYast2CVwZxKNbh/YcHdRtVNapIBo/2NSDf0y0PKHrkmmPVDSHuYXiq7t\\nPzZUU0EOLvXcJGAFaltfQnZJ2+c3PSYvYr0B3ZQq+XzaGBYzawkE4rnCBYrXkmWQ\\nBojaHJOBGiLywQo6yCS19L2FqnLuxzWuLcQo86F80hPkFCdJ4NWb0dIpDv2glSXD\\nHSm66FunIE0VPTE1epTc0F61CMCWAHntnyoljh+LEVzOcnKX3FV4d1sGLAfWMvDA\\nrHv/zGErJWxzxrJRBfi8mNkQ0d9ksFWvx802bbvZM8KISesjR8lMmh54cSEDp4w/\\n+VSDfSsq1yvl8I1+Vh+93GJDx8mKCxAe5+GXvPou53+DlIM5UiTuA+8v8m1dhhM9\\nNSWSf+sFzWHBr9npy7CgVFvxACRBItLzTUeTPWyPinfVs9YO8HvLPFVtJCsrNWNE\\nonU3B6NAueBMJ89TzbFeF3zDsz7c8YAz0spjr9PjYJ0x5ykT3DGRQWJbKff7TdHy\\n4hoJNSj5+ICVRlLYiXiEPOy4qHqS3is+fDEO9g1QvTFgNJwIV0Thpk1frCDGGX+S\\nQLnik1EiSb8pso83LVTRo9RVYOB1ZPW/SFUSvQwsWxnVE",',
    ],
  },
  'google-oauth-client-secret': {
    tp: ['google_client_secret = "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"'],
    // too short for the format
    fp: ['google_client_secret = "GOCSPX-KpNbQPLkZu"'],
  },
  'google-oauth-access-token': {
    tp: [
      '    val googleAccessToken = "ya29.a0FsHFhRaWdumDyubCOrQ-Ou_zcEXiASOQ2zak41XIMeX58NZ1ZHh3U1z_g6U7qu9VZvufpTUoGEGNt40lRwsIbd11fmw6C9TWeVELwExl5B_Fhf_XfunQcUPHSMi39weiXDek5K6nC0Fdr26dDQxKuo"',
    ],
    // a documented placeholder
    fp: [
      '    val googleAccessToken = "ya29.a0Fxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
    ],
  },
  'google-oauth-refresh-token': {
    tp: ['google_refresh_token = 1//0uWapVV4PkQbJ8Omn8YwgIPMXUmrs98U26Iys9AulHAIgbwoIT8e-MVaF1zoClxQCcWA1nqiPrkqzF76z33C_3drxhddR74EGqZ'],
    // a documented placeholder
    fp: ['google_refresh_token = 1//0uWapxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  },
};
