import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AuthService } from '../../auth/auth.service.js';
import { readSessionToken } from '../../auth/session-cookie.js';
import { AccessChanges, type AccessChange } from '../../access-changes/access-changes.js';
import { CLOSE, CollabRefusal, type CollabExtension, type CollabHost, type UpgradeContext } from '../extension.js';

/**
 * Who is connecting: the Origin must be ours and the session cookie valid, as for REST. When
 * a login ends (logout) its sockets close; when all of a user's logins end (password reset or
 * change, account deletion) all of that user's sockets close.
 */
@Injectable()
export class AuthenticationExtension implements CollabExtension {
  private host: CollabHost | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    accessChanges: AccessChanges,
  ) {
    accessChanges.subscribe((change) => this.onAccessChange(change));
  }

  onConfigure(host: CollabHost): void {
    this.host = host;
  }

  async onUpgrade(context: UpgradeContext): Promise<void> {
    const origin = context.request.headers.origin;
    if (origin !== undefined && !this.config.allowedOrigins.includes(origin)) throw new CollabRefusal(CLOSE.originNotAllowed);
    const found = await this.auth.userForToken(readSessionToken(context.request.headers.cookie));
    if (!found) throw new CollabRefusal(CLOSE.unauthenticated);
    context.user = found.user;
    context.tokenHash = found.tokenHash;
  }

  private onAccessChange(change: AccessChange): void {
    const server = this.host;
    if (!server) return;
    if (change.kind === 'login-ended') {
      server.closeWhere((connection) => (connection.tokenHash === change.tokenHash ? CLOSE.unauthenticated : null));
    } else if (change.kind === 'user-sessions-ended') {
      server.closeWhere((connection) => (connection.user.id === change.userId ? CLOSE.unauthenticated : null));
    }
  }
}
