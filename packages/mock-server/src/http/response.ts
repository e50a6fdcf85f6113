// The one constructor of the API's answers. Every answer is a status, headers and a short text
// (JSON, a problem, CSV). Node's fetch implementation turns a text body into a ReadableStream when
// the Response is made (~10 µs) and reads it back through that stream when the caller asks for
// the text (~10 µs more): on the sign-in path that is as much as the server's own work.
//
// So an answer made in-process (the browser build, tests, the benchmark: whoever calls
// `api.fetch` directly) keeps its text and hands it out as it is; a stream is made only if
// someone asks for `body` (or `formData()`), and from then on the answer is an ordinary Response.
// Under the Node server the global Response is @hono/node-server's lightweight one, which it
// writes to the socket without a stream; that one is used then.
import { utf8 } from '../util/encoding.js';

const NativeResponse = globalThis.Response;

class TextResponse extends NativeResponse {
  #text: string;
  #used = false;
  /** The ordinary Response this one became when its stream was asked for. */
  #native: Response | undefined;

  constructor(text: string, init: ResponseInit) {
    super(null, init);
    this.#text = text;
  }

  /** The text, once; undefined when the body is a stream now (then ask `native`). */
  takeText(): Promise<string> | undefined {
    if (this.#native) return undefined;
    if (this.#used) return Promise.reject(new TypeError('Body is unusable: Body has already been read'));
    this.#used = true;
    return Promise.resolve(this.#text);
  }

  get native(): Response {
    if (!this.#native) {
      this.#native = new NativeResponse(this.#text, {
        status: this.status,
        statusText: this.statusText,
        headers: this.headers,
      });
      // A body already read stays read.
      if (this.#used) void this.#native.body?.cancel();
    }
    return this.#native;
  }

  get used(): boolean {
    return this.#native ? this.#native.bodyUsed : this.#used;
  }

  override clone(): Response {
    if (this.#native) return this.#native.clone();
    if (this.#used) throw new TypeError('Response.clone: Body has already been consumed.');
    return new TextResponse(this.#text, {
      status: this.status,
      statusText: this.statusText,
      headers: new Headers(this.headers),
    });
  }

  override text(): Promise<string> {
    return this.takeText() ?? this.native.text();
  }

  override json(): Promise<unknown> {
    return this.takeText()?.then((text) => JSON.parse(text) as unknown) ?? this.native.json();
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return this.takeText()?.then((text) => utf8.encode(text).buffer) ?? this.native.arrayBuffer();
  }

  override blob(): Promise<Blob> {
    const type = this.headers.get('content-type') ?? '';
    return this.takeText()?.then((text) => new Blob([text], { type })) ?? this.native.blob();
  }

  override formData(): Promise<FormData> {
    return this.native.formData();
  }
}

// `body` and `bodyUsed` are accessors of Response.prototype (TypeScript sees them as properties,
// which a subclass may not redefine as accessors in its class body).
Object.defineProperties(TextResponse.prototype, {
  body: {
    get(this: TextResponse) {
      return this.native.body;
    },
  },
  bodyUsed: {
    get(this: TextResponse) {
      return this.used;
    },
  },
});
if ('bytes' in NativeResponse.prototype) {
  Object.defineProperty(TextResponse.prototype, 'bytes', {
    value(this: TextResponse) {
      return (
        this.takeText()?.then((text) => utf8.encode(text)) ??
        (this.native as Response & { bytes(): Promise<Uint8Array> }).bytes()
      );
    },
  });
}

/** An answer with a text body (or none). */
export function textResponse(body: string | null, init: ResponseInit): Response {
  if (body === null || globalThis.Response !== NativeResponse) return new globalThis.Response(body, init);
  return new TextResponse(body, init);
}
