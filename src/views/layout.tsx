import type { Child } from "hono/jsx";

/** The page shell shared by every server-rendered page. */
export function Page({ title, children }: { title: string; children?: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · Byline`}</title>
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
            <a href="/articles">Articles</a>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
