import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

/**
 * One structured line per request. Logs the route pattern, not the URL: URLs can carry
 * invitation or reset tokens, and bodies can carry case text, so neither is ever logged.
 */
export function requestLogger(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = (req.route?.path as string | undefined) ?? (req.path.startsWith('/api') ? 'unmatched' : 'static');
      logger.info(
        { method: req.method, route: req.baseUrl + (route === 'static' ? '' : route), status: res.statusCode, ms: Number(process.hrtime.bigint() - started) / 1e6 },
        'request',
      );
    });
    next();
  };
}
