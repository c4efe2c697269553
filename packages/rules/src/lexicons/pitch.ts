import { defineLexicon } from '../lexicon.js';

/** Sales language: offers, calls to buy, and growth promises. */
export const salesPitch = defineLexicon({
  terms: [
    'book a demo', 'book your demo', 'schedule a demo', 'request a demo', 'free demo', 'free trial',
    'free consultation', 'free audit', 'free strategy call', 'discovery call', 'sales call', 'limited time offer',
    'limited-time offer', 'limited time only', 'special offer', 'exclusive offer', 'special discount',
    'discount code', 'promo code', 'coupon code', 'claim your spot', 'claim your free', 'reserve your spot',
    'secure your spot', 'spots are limited', 'only a few spots', 'sign up today', 'sign up now', 'buy now',
    'order now', 'act now', 'don\'t miss out', 'reply yes', 'our agency', 'our packages', 'my packages',
    'packages starting', 'plans starting', 'our services', 'my services', 'my coaching program*',
    'our platform', 'our software', 'our solution', 'guaranteed results', 'money-back guarantee', '2x your', '3x your', '5x your',
    '10x your', '100x your', 'double your', 'triple your', 'boost your sales', 'boost your revenue',
    'grow your revenue', 'grow your business', 'scale your business', 'scale your agency', 'more leads',
    'your leads', 'get more clients', 'get you more', 'more sales', 'show you how i can', 'i can help you grow',
    'i can get you', 'for just', 'for only', 'we offer', 'i offer', 'dm me for', 'link in bio', 'use code', 'use my code', 'free webinar', 'masterclass',
    'register now', 'limited spots', 'enroll now', 'enrol now', 'more followers', 'grow your following',
    'grow your audience', 'passive income', 'make money',
  ],
});

/**
 * A price: "$499", "€20k", "99 USD", optionally per period ("$499/month"), or a discount
 * ("50% off"). Each part is bounded or a plain character class, so matching stays linear.
 */
export const PRICE =
  /\b\d{1,3}\s?%\s?off\b|(?:[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?[kK])?|\b\d[\d,]*(?:\.\d+)?\s?(?:usd|eur|gbp|dollars|euros|pounds|bucks)\b)(?:\s?(?:\/|per |a )\s?(?:mo|month|year|yr|week|hour|hr|session|seat)\b)?/giu;

/** A discount is an offer on its own. */
export const DISCOUNT = /%\s?off$/iu;

/** The period part of a price, which makes it a recurring offer. */
export const PRICE_PERIOD = /(?:\/|per |a )\s?(?:mo|month|year|yr|week|hour|hr|session|seat)$/iu;

/** Words just before a price that make it an offer: "just $99", "starting at $499". */
export const PRICE_QUALIFIER = /(?:just|only|starting at|starting from|from|now)\s*$/iu;
