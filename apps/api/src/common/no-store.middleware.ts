import type { NextFunction, Request, Response } from 'express';

/** The api's own documentation is the same for everyone: the only answers under /api that may be cached. */
const PUBLIC_PATHS = /^\/api\/docs(\/|$)/;
const SERVER_PATHS = /^\/(api|health)(\/|$)/;

/**
 * `Cache-Control: no-store` on every answer of the api and the health endpoints: they are about a
 * person (the casus, sessions, lessons, the account, the calendar feed — its token is the
 * permission) or about the server, and no browser, proxy or disk cache may keep them (shared
 * computers in schools and care offices). Set before the handler runs, so errors carry it too;
 * a handler may only make it stricter (downloads send `private, no-store`). The OpenAPI document
 * (/api/docs) is public, and the web client's files keep their own caching.
 */
export function noStore() {
  return (req: Request, res: Response, next: NextFunction) => {
    if (SERVER_PATHS.test(req.path) && !PUBLIC_PATHS.test(req.path)) {
      res.setHeader('Cache-Control', 'no-store');
    }
    next();
  };
}
