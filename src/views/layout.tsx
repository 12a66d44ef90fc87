import { raw } from "hono/html";
import type { Child } from "hono/jsx";

/** The main sections of the site, as named in the navigation. */
export type Section = "home" | "articles" | "play" | "sessions" | "library";

const NAV_LINKS: readonly { section: Section; href: string; label: string }[] = [
  { section: "home", href: "/", label: "Home" },
  { section: "articles", href: "/articles", label: "Articles" },
  { section: "play", href: "/play", label: "Play" },
  { section: "sessions", href: "/sessions/new", label: "Run a class" },
  { section: "library", href: "/library", label: "Your articles" },
];

export interface PageProps {
  title: string;
  children?: Child;
  /** The section the page belongs to, marked as current in the navigation. */
  current?: Section;
  /** A short description for search results and link previews. */
  description?: string;
  /** Extra class names on <main> (e.g. "wide" for pages that use the full width). */
  mainClass?: string;
}

/** The page shell shared by every server-rendered page. */
export function Page({ title, children, current, description, mainClass }: PageProps) {
  return (
    <>
      {raw("<!doctype html>")}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · Byline`}</title>
          {description && <meta name="description" content={description} />}
          <link rel="stylesheet" href="/style.css" />
        </head>
        <body>
          <a class="skip-link" href="#main">
            Skip to content
          </a>
          <header class="site-header">
            <a class="brand" href="/">
              Byline
            </a>
            <nav aria-label="Main">
              <ul>
                {NAV_LINKS.map((link) => (
                  <li>
                    <a href={link.href} aria-current={link.section === current ? "page" : undefined}>
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </header>
          <main id="main" class={mainClass} tabindex={-1}>
            {children}
          </main>
        </body>
      </html>
    </>
  );
}
