// Stripe (https://docs.stripe.com/keys)
import type { SecretRule } from '../rule.js';
import { prefixed } from './shape.js';

export const STRIPE_RULES: readonly SecretRule[] = [
  prefixed('stripe-live-secret-key', 'Stripe live secret key', 'stripe', 'critical', 'sk_(?:live|prod)_[A-Za-z0-9]{24,247}', [
    'sk_live_',
    'sk_prod_',
  ]),
  prefixed('stripe-restricted-key', 'Stripe live restricted key', 'stripe', 'high', 'rk_(?:live|prod)_[A-Za-z0-9]{24,247}', [
    'rk_live_',
    'rk_prod_',
  ]),
  prefixed('stripe-test-key', 'Stripe test-mode secret key', 'stripe', 'low', '[sr]k_test_[A-Za-z0-9]{24,247}', ['sk_test_', 'rk_test_']),
  prefixed('stripe-webhook-secret', 'Stripe webhook signing secret', 'stripe', 'medium', 'whsec_[A-Za-z0-9+/]{32,88}', ['whsec_']),
];
