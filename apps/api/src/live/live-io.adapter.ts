import { IoAdapter } from '@nestjs/platform-socket.io';
import type { INestApplicationContext } from '@nestjs/common';
import type { Server, ServerOptions } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { AppConfig } from '../config/config.js';

/**
 * socket.io on the api's HTTP server. engine.io must not destroy upgrades it does not own:
 * the Yjs endpoint at /collab authenticates asynchronously (a database lookup) and would be
 * killed after 1 s. With REDIS_URL, rooms span all api processes through the Redis adapter.
 */
export class LiveIoAdapter extends IoAdapter {
  private readonly redisClients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const server: Server = super.createIOServer(port, { ...options, destroyUpgrade: false, serveClient: false, maxHttpBufferSize: 256 * 1024 } as ServerOptions);
    if (this.config.redisUrl) {
      const pub = new Redis(this.config.redisUrl);
      const sub = pub.duplicate();
      this.redisClients.push(pub, sub);
      server.adapter(createAdapter(pub, sub));
    }
    return server;
  }

  override async close(server: Server): Promise<void> {
    await super.close(server);
    await Promise.all(this.redisClients.map((client) => client.quit().catch(() => undefined)));
  }
}
