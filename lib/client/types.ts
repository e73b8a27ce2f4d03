// Types shared by the API client and the resources built on it.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS'

export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean>

export interface RequestOptions {
  method: HttpMethod
  /** Path under the API base URL, e.g. `/contacts/abc` (query string allowed). */
  path: string
  /** Appended to the path, URL-encoded; `undefined` and `null` values are skipped, arrays repeat the key. */
  query?: Record<string, QueryValue>
  /** Sent as JSON (a string is sent as is, with content-type application/json). */
  body?: unknown
  /** Connection (location or company id) whose token is used; default: the client's (or view's) connection. */
  connection?: string
  /**
   * Whether the call may be repeated after a network error, a timeout or a 5xx. Default: true for GET, HEAD, OPTIONS,
   * PUT and DELETE, false otherwise (POST that are idempotent, like upsert and search, say so).
   */
  idempotent?: boolean
  /** Extra headers (e.g. another `Version`); Authorization cannot be overridden. */
  headers?: Record<string, string>
}

/** The token-managed call, as the resources see it. */
export type Requester = <T = unknown>(options: RequestOptions) => Promise<T>
