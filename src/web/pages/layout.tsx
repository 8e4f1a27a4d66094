/**
 * The frame of every page: skip link, header with the main navigation, <main>, and a footer that
 * links the post Lever is built from. Styles and scripts are external files only, so a strict
 * Content-Security-Policy (no inline script or style) can be turned on without touching pages.
 */
import type { Child } from 'hono/jsx';
import type { Source } from '../../core/kb/schema.js';
import { versioned } from './assets.js';
import {
  EXPERIMENTS_URL,
  FIELD_MAP_URL,
  HOME_URL,
  LIBRARY_URL,
  PROFILES_URL,
  SETTINGS_URL,
  START_URL,
} from './urls.js';

export type NavKey = 'home' | 'start' | 'profiles' | 'experiments' | 'map' | 'library' | 'settings';

const NAV: readonly { key: NavKey; href: string; label: string }[] = [
  { key: 'home', href: HOME_URL, label: 'Home' },
  { key: 'start', href: START_URL, label: 'Get my plan' },
  { key: 'profiles', href: PROFILES_URL, label: 'Saved profiles' },
  { key: 'experiments', href: EXPERIMENTS_URL, label: 'Experiments' },
  { key: 'map', href: FIELD_MAP_URL, label: 'Field map' },
  { key: 'library', href: LIBRARY_URL, label: 'Library' },
  { key: 'settings', href: SETTINGS_URL, label: 'Your data' },
];

export interface LayoutProps {
  /** The page's own title; " · Lever" is added. */
  title: string;
  /**
   * The post Lever is built from (the knowledge base's `source`), linked in the footer; the app's
   * own error pages, drawn where no knowledge base is at hand, leave it out.
   */
  source: Source | undefined;
  /** The navigation entry to mark as the current page. */
  current?: NavKey;
  /** Extra stylesheets for this page only (the shared one is always included). */
  styles?: readonly string[];
  /** Islands for this page: ES modules under /assets/. */
  scripts?: readonly string[];
  children?: Child;
}

/** A lever on its fulcrum: Lever's mark, drawn with attributes so it needs no inline style. */
function BrandMark() {
  return (
    <svg class="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path class="mark-bar" d="M3 21.5 28 11.3l1 2.4L4 23.9z" />
      <path class="mark-pivot" d="M16 18.6 21 27H11z" />
    </svg>
  );
}

/** The whole HTML document around a page's content. */
export function Layout(props: LayoutProps) {
  const { source } = props;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* Plan URLs carry the profile: never send them to other sites as a referrer. */}
        <meta name="referrer" content="same-origin" />
        <title>{`${props.title} · Lever`}</title>
        <link rel="icon" href={versioned('/assets/favicon.svg')} type="image/svg+xml" />
        <link rel="stylesheet" href={versioned('/assets/styles.css')} />
        {(props.styles ?? []).map((href) => (
          <link rel="stylesheet" href={versioned(href)} />
        ))}
        {(props.scripts ?? []).map((src) => (
          <script type="module" src={versioned(src)} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <div class="container header-inner">
            <a class="brand" href={HOME_URL}>
              <BrandMark />
              <span>Lever</span>
            </a>
            <nav class="site-nav" aria-label="Main">
              <ul>
                {NAV.map((item) => (
                  <li>
                    <a href={item.href} aria-current={props.current === item.key ? 'page' : undefined}>
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="container" tabindex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <div class="container">
            {source ? (
              <p>
                Lever turns <a href={source.url}>{source.title}</a> by {source.authors.join(', ')} (
                {source.year}) into a plan you can act on and test. Every recommendation links to the passage
                it comes from.
              </p>
            ) : null}
            <p>Lever runs on your computer: your answers, saved profiles and journal stay on it.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
