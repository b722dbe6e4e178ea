import { describe, expect, it } from 'vitest';
import { isStableName } from '../../../src/core/site-rules/stable-name.js';

describe('isStableName', () => {
  it.each([
    'article-body',
    'entry-content',
    'sidebar',
    'col-md-4',
    'span12',
    'nav',
    'btn',
    'mainContent',
    'storyBody',
    'post',
    'h2',
    'site_header',
    'comment-list',
  ])('keeps %s, a name a stylesheet was written against', (name) => expect(isStableName(name)).toBe(true));

  it.each([
    'sc-1x2y3z',
    'css-a8f3e1',
    'jsx-123456',
    'Header_title__3xYz9',
    'post-48213',
    'ember412',
    'a8f3e1',
    'yui_3_5_1_1_123',
    'bdvxqj',
    'is-active',
    'open',
    'md:flex',
    ':r1:',
    '3col',
  ])('refuses %s, generated for one page, toggled by a script or needing escapes', (name) =>
    expect(isStableName(name)).toBe(false),
  );
});
