/** Multi-page articles (issue 16): find the following pages, follow them, join the cleaned pages into one. */
export { followingPages, type PageLink } from './pager.js';
export { laterPage } from './page-url.js';
export {
  followPages,
  MAX_PAGES,
  FOLLOW_BUDGET_MS,
  type Followed,
  type FollowOptions,
  type LoadedPage,
} from './follow.js';
export { joinPages } from './join.js';
