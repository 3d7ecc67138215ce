import { parse } from 'cookie';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config.js';

export const SESSION_COOKIE = 'mao_session';

export function readSessionToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  return parse(cookieHeader)[SESSION_COOKIE];
}

export function setSessionCookie(res: Response, req: Request, config: AppConfig, token: string): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies || req.secure,
    path: '/',
    maxAge: config.sessionTtlDays * 86_400_000,
  });
}

export function clearSessionCookie(res: Response, req: Request, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: config.secureCookies || req.secure, path: '/' });
}
