/**
 * GET /graphiql: a GraphiQL explorer that works offline. Its scripts and styles are the pinned npm packages'
 * standalone builds (graphiql 3, React 18 UMD), served by this server from node_modules, never a CDN; the
 * page's own start script is a file of ours too, so the CSP admits scripts from 'self' only.
 */
import { dirname, join } from 'node:path';
import { Router, type Request, type Response } from 'express';

/** Script and style sources only from this origin; fonts and icons are data: URIs inside graphiql.min.css. */
export const GRAPHIQL_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A package's folder (react and react-dom export no `umd/` paths, but do export package.json). */
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Every file /graphiql/assets/ serves: these and nothing else of node_modules. */
const PACKAGE_FILES: Record<string, string> = {
  'react.production.min.js': join(packageDir('react'), 'umd/react.production.min.js'),
  'react-dom.production.min.js': join(packageDir('react-dom'), 'umd/react-dom.production.min.js'),
  'graphiql.min.js': join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.min.css': join(packageDir('graphiql'), 'graphiql.min.css'),
};

/** Mounts GraphiQL on the API of this origin; the Headers tab is open so a token can go in first. */
const START_JS = `'use strict';
var fetcher = GraphiQL.createFetcher({ url: new URL('/graphql', window.location.href).toString() });
var root = ReactDOM.createRoot(document.getElementById('graphiql'));
root.render(
  React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultEditorToolsVisibility: 'headers',
    isHeadersEditorEnabled: true,
    // Tokens stay out of localStorage: a shared machine keeps no session.
    shouldPersistHeaders: false,
    defaultHeaders: '{\\n  "Authorization": ""\\n}',
    defaultQuery:
      '# Anonymous callers may read the catalogs and run register or login.\\n' +
      '# For anything else put "Bearer <token>" (the token register or login returns)\\n' +
      '# into Authorization in the Headers tab below.\\n\\n{\\n  equipmentTypes {\\n    key\\n  }\\n}\\n',
  }),
);
`;

const PAGE_CSS = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
.hint { padding: 6px 12px; font-size: 14px; background: #f3f4f6; border-bottom: 1px solid #d1d5db; }
#graphiql { flex: 1; min-height: 0; }
`;

const OWN_FILES: Record<string, { type: string; body: string }> = {
  'start.js': { type: 'text/javascript; charset=utf-8', body: START_JS },
  'page.css': { type: 'text/css; charset=utf-8', body: PAGE_CSS },
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ExergyLab GraphQL — GraphiQL</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.min.css">
<link rel="stylesheet" href="/graphiql/assets/page.css">
</head>
<body>
<div class="hint">Sign in: run <code>register</code> or <code>login</code>, then put <code>Bearer &lt;token&gt;</code>
into <code>Authorization</code> under <b>Headers</b> below the editor. The API is <code>/graphql</code>;
<a href="/graphql">Apollo Sandbox</a> is there too (it loads from Apollo's CDN).</div>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/assets/react.production.min.js"></script>
<script src="/graphiql/assets/react-dom.production.min.js"></script>
<script src="/graphiql/assets/graphiql.min.js"></script>
<script src="/graphiql/assets/start.js"></script>
</body>
</html>
`;

/** The page at /graphiql and its assets; everything else under /graphiql falls through (404 JSON). */
export function graphiqlRouter(): Router {
  const router = Router();
  router.get('/', (_req: Request, res: Response) => {
    res.setHeader('content-security-policy', GRAPHIQL_CSP);
    res.setHeader('cache-control', 'no-cache');
    res.type('html').send(PAGE);
  });
  router.get('/assets/:name', (req: Request, res: Response, next) => {
    const name = req.params.name as string;
    const own = Object.hasOwn(OWN_FILES, name) ? OWN_FILES[name] : undefined;
    if (own) {
      res.setHeader('cache-control', 'no-cache');
      return res.type(own.type).send(own.body);
    }
    const file = Object.hasOwn(PACKAGE_FILES, name) ? PACKAGE_FILES[name] : undefined;
    if (!file) return next();
    // Pinned versions: a day of caching, then revalidation by ETag / Last-Modified.
    res.sendFile(file, { maxAge: '1d', dotfiles: 'deny' }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  });
  return router;
}
