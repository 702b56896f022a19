/**
 * Just enough typing for the two emulators that ship no declarations. Only what the embedded
 * stack calls is declared, so a wrong call still fails type-checking.
 */

declare module 'dynalite' {
  import type { Server } from 'node:http';

  interface DynaliteOptions {
    /** LevelDB folder; in memory when absent. */
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    maxItemSizeKb?: number;
  }

  /** A plain http.Server whose close() also closes the LevelDB store. */
  function dynalite(options?: DynaliteOptions): Server;
  export default dynalite;
}

declare module 's3rver' {
  import type { EventEmitter } from 'node:events';
  import type { RequestListener } from 'node:http';

  interface S3rverOptions {
    address?: string;
    port?: number;
    directory?: string;
    silent?: boolean;
    resetOnClose?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  }

  /** The notification s3rver emits on 'event' (one record per event, key not URL-encoded). */
  interface S3rverEvent {
    Records: {
      eventName: string;
      eventTime: string;
      requestParameters: { sourceIPAddress: string };
      s3: {
        bucket: { name: string };
        object: { key: string; size?: number | string; eTag?: string; sequencer: string };
      };
    }[];
  }

  /** A Koa application; we mount its callback on our own server to get listen errors back. */
  class S3rver {
    constructor(options?: S3rverOptions);
    /** Creates the configured buckets and applies their configs, without listening. */
    configureBuckets(): Promise<void>;
    callback(): RequestListener;
    logger: { close(): void };
    on(event: 'event', listener: (event: S3rverEvent) => void): EventEmitter;
  }
  export default S3rver;
  export type { S3rverEvent, S3rverOptions };
}
