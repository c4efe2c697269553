import { defineLexicon } from '../lexicon.js';

/**
 * Openers of mass outreach: lines written to fit anyone, so they tell the reader nobody looked
 * at who they are.
 */
export const massOutreachLines = defineLexicon({
  terms: [
    'i came across your profile', 'came across your profile', 'your profile caught my eye', 'your profile stood out',
    'impressed by your background', 'impressed with your background', 'impressed by your profile',
    'impressed with your profile', 'hope this message finds you well', 'hope this email finds you well',
    'hope this finds you well', 'hope this note finds you well', 'i help coach*', 'i help entrepreneur*',
    'i help business*', 'i help founder*', 'i help professional*', 'i help agenc*', 'i help compan*',
    'i help brand*', 'i help busy', 'i help small business*', 'i help people like you', 'like you get more',
    'like yourself', 'i would love to add you to my network', "i'd love to add you to my network",
    'add you to my professional network', 'i noticed we have mutual connections', 'we have mutual connections',
    'are you the right person', 'exciting opportunity', 'i have an opportunity', 'quick question for you',
    'i wanted to reach out', 'just wanted to reach out', 'touching base', 'as a fellow', 'dear sir',
    'dear sir or madam', 'dear sir/madam', 'to whom it may concern',
  ],
});

/** Template fields that stand for the recipient's first name, so the fix can write it in. */
export const firstNameFields = defineLexicon({
  terms: ['name', 'first name', 'firstname', 'first_name', 'fname', 'recipient'],
});

/** Words that open a message and are followed by the reader's name: "Hi Maria,". */
export const greetings = defineLexicon({
  terms: ['hi', 'hello', 'hey', 'dear', 'hiya', 'good morning', 'good afternoon', 'greetings'],
});

/** Field names that appear in square brackets in an unfilled template: "Hi [Name],". */
export const templateFields = defineLexicon({
  terms: [
    'name', 'first name', 'firstname', 'first_name', 'fname', 'last name', 'lastname', 'last_name', 'full name', 'your name',
    'recipient', 'company', 'company name', 'company_name', 'title', 'job title', 'job_title', 'role', 'city',
    'industry', 'position', 'organisation', 'organization', 'niche', 'business', 'business name', 'link',
  ],
});

/**
 * An unfilled mail-merge field: "{first_name}", "{{name}}", "[Name]", "%COMPANY%". Group 1 or 2
 * or 3 holds the field name. Every repetition is bounded, so matching stays linear.
 */
export const PLACEHOLDER = /\{\{?\s*([\p{L}_][\p{L}\p{N}_ ]{0,30}?)\s*\}\}?|\[\s*([\p{L}_][\p{L}_ ]{0,30}?)\s*\]|%([A-Z][A-Z_]{1,30})%/gu;
