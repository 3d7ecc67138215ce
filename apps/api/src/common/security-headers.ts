import helmet from 'helmet';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { AppConfig } from '../config/config.js';

/**
 * Security headers on every answer, through helmet (maintained, and it knows the browser
 * quirks) plus a Permissions-Policy, which helmet does not set.
 *
 * The web client is a Vite build served from this origin: scripts and styles come from
 * /assets only (no inline <script> or <style>; React's `style` props go through the CSSOM,
 * which CSP does not restrict), the favicon is a data: URL, and the api, socket.io and the
 * Yjs websocket are same-origin ('self' covers ws:/wss: on the same host). Nothing may frame
 * the app (clickjacking), no plugins, no <base> tricks, forms post only here.
 *
 * Swagger UI (/api/docs) writes inline <style> blocks and attributes, so its pages alone allow
 * inline styles (still no inline script).
 */
const WEB_DIRECTIVES: Record<string, string[]> = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  mediaSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameSrc: ["'none'"],
  frameAncestors: ["'none'"],
  scriptSrcAttr: ["'none'"],
};

const DOCS_DIRECTIVES: Record<string, string[]> = { ...WEB_DIRECTIVES, styleSrc: ["'self'", "'unsafe-inline'"] };

/** Features the platform never uses: a page (or an injected script) cannot ask for them. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
  'browsing-topics=()',
].join(', ');

export function securityHeaders(config: AppConfig): RequestHandler {
  const https = config.publicUrl.startsWith('https://');
  const common = {
    // One year, subdomains too, only when the platform is served over https (never on localhost http).
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' as const },
    crossOriginEmbedderPolicy: false,
    crossOriginOpenerPolicy: { policy: 'same-origin' as const },
    crossOriginResourcePolicy: { policy: 'same-origin' as const },
    frameguard: { action: 'deny' as const },
    xPoweredBy: false,
  };
  const upgrade: Record<string, string[]> = https ? { upgradeInsecureRequests: [] } : {};
  const web = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: { ...WEB_DIRECTIVES, ...upgrade } } });
  const docs = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: { ...DOCS_DIRECTIVES, ...upgrade } } });
  return (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    (req.path === '/api/docs' || req.path.startsWith('/api/docs/') ? docs : web)(req, res, next);
  };
}
