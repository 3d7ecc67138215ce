import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { parse } from 'cookie';
import type { Request, Response } from 'express';
import type { AppConfig } from '../config/config.js';

export const DEVICE_COOKIE = 'mao_device';
const DEVICE_COOKIE_DAYS = 180;

/**
 * Device cookies (OWASP): after a successful login the browser gets a signed, httpOnly cookie
 * that says "this browser logged in to this account before". A later login for that account
 * from that browser counts against the device's own limit instead of the account's, so an
 * attacker who hammers the account (from anywhere) cannot lock its owner out.
 *
 * The cookie is `<deviceId>.<signature>` with an HMAC over the account's e-mail address and
 * the device id, keyed by a secret stored in the database (`auth_secrets`, made by a migration),
 * so every api process can check it. It holds no personal data and grants nothing by itself.
 */
@Injectable()
export class DeviceCookies {
  private secret: Promise<Buffer> | undefined;

  constructor(private readonly dataSource: DataSource) {}

  /** The device id when the cookie header carries a valid device cookie for this address. */
  async deviceFor(cookieHeader: string | undefined, email: string): Promise<string | null> {
    const value = cookieHeader ? parse(cookieHeader)[DEVICE_COOKIE] : undefined;
    if (!value || value.length > 200) return null;
    const [deviceId, signature, extra] = value.split('.');
    if (!deviceId || !signature || extra !== undefined || !/^[A-Za-z0-9_-]{16,64}$/.test(deviceId)) return null;
    const expected = await this.sign(email, deviceId);
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected) ? deviceId : null;
  }

  /** Sets a device cookie for this account (keeps the device id when the browser already had one for it). */
  async issue(res: Response, req: Request, config: AppConfig, email: string, existingDeviceId: string | null): Promise<void> {
    const deviceId = existingDeviceId ?? randomBytes(16).toString('base64url');
    const signature = (await this.sign(email, deviceId)).toString();
    res.cookie(DEVICE_COOKIE, `${deviceId}.${signature}`, {
      httpOnly: true,
      sameSite: 'strict',
      secure: config.secureCookies || req.secure,
      path: '/api/auth',
      maxAge: DEVICE_COOKIE_DAYS * 86_400_000,
    });
  }

  private async sign(email: string, deviceId: string): Promise<Buffer> {
    const key = await this.key();
    return Buffer.from(createHmac('sha256', key).update(`${email}\n${deviceId}`).digest('base64url'));
  }

  private key(): Promise<Buffer> {
    this.secret ??= this.dataSource
      .query(`SELECT secret FROM auth_secrets WHERE name = 'device-cookie'`)
      .then((rows: Array<{ secret: string }>) => {
        const secret = rows[0]?.secret;
        if (!secret) throw new Error('auth_secrets has no device-cookie secret (migrations not run?)');
        return Buffer.from(secret, 'base64url');
      })
      .catch((error: unknown) => {
        this.secret = undefined;
        throw error;
      });
    return this.secret;
  }
}
