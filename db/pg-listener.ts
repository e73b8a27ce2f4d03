import pg from 'pg'
import type { StoreSubscription, SubscribeOptions } from './types.js'

// LISTEN on a dedicated pg.Client (never a pool client: the pool would hand the connection, with its
// LISTEN, to someone else). When the connection drops (network, restart, pg_terminate_backend) it
// reconnects with capped exponential backoff and LISTENs again, until closed.

export const LISTEN_APPLICATION_NAME = 'fastify-ghl-listen'
const MIN_RECONNECT_DELAY_MS = 100
const MAX_RECONNECT_DELAY_MS = 5000

export interface PgListenerOptions extends SubscribeOptions {
  clientConfig: pg.ClientConfig
  channel: string
  onMessage: (message: string) => void
  /** A background error: a dropped connection or a failed reconnect. */
  report: (err: unknown, msg: string) => void
  minDelayMs?: number
  maxDelayMs?: number
}

function quoteIdent (name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

export class PgListener implements StoreSubscription {
  readonly #options: PgListenerOptions
  #client: pg.Client | null = null
  #opening: Promise<void> | null = null
  #timer: NodeJS.Timeout | null = null
  #attempt = 0
  #closed = false

  constructor (options: PgListenerOptions) {
    this.#options = options
  }

  /** Connects and LISTENs; rejects when the first attempt fails. */
  async start (): Promise<void> {
    await this.#open()
  }

  #open (): Promise<void> {
    const opening = this.#connect().finally(() => {
      if (this.#opening === opening) this.#opening = null
    })
    this.#opening = opening
    return opening
  }

  async #connect (): Promise<void> {
    const { clientConfig, channel, onMessage } = this.#options
    const client = new pg.Client({ keepAlive: true, ...clientConfig, application_name: LISTEN_APPLICATION_NAME })
    // Until the LISTEN is in place, failures surface through connect()/query(); keep 'error' handled.
    const beforeReady = (): void => {}
    client.on('error', beforeReady)
    client.on('notification', (msg) => {
      if (msg.channel === channel) onMessage(msg.payload ?? '')
    })
    try {
      await client.connect()
      await client.query(`LISTEN ${quoteIdent(channel)}`)
    } catch (err) {
      await client.end().catch(() => {})
      throw err
    }
    if (this.#closed) {
      await client.end().catch(() => {})
      return
    }
    this.#client = client
    client.off('error', beforeReady)
    client.on('error', (err) => { this.#dropped(client, err) })
    client.on('end', () => { this.#dropped(client, new Error('LISTEN connection ended')) })
  }

  #dropped (client: pg.Client, err: Error): void {
    if (client !== this.#client) return
    this.#client = null
    client.end().catch(() => {})
    if (this.#closed) return
    this.#options.report(err, `LISTEN connection on channel ${this.#options.channel} lost; reconnecting`)
    this.#schedule()
  }

  #schedule (): void {
    if (this.#closed) return
    const min = this.#options.minDelayMs ?? MIN_RECONNECT_DELAY_MS
    const max = this.#options.maxDelayMs ?? MAX_RECONNECT_DELAY_MS
    const delay = Math.min(max, min * 2 ** this.#attempt)
    this.#attempt++
    this.#timer = setTimeout(() => {
      this.#timer = null
      this.#reconnect()
    }, delay)
    this.#timer.unref()
  }

  #reconnect (): void {
    if (this.#closed) return
    this.#open().then(() => {
      if (this.#closed) return
      this.#attempt = 0
      try {
        this.#options.onReconnect?.()
      } catch (err) {
        this.#options.report(err, 'subscribe onReconnect callback threw')
      }
    }, (err: unknown) => {
      this.#options.report(err, `LISTEN reconnect on channel ${this.#options.channel} failed; retrying`)
      this.#schedule()
    })
  }

  async close (): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    if (this.#timer !== null) clearTimeout(this.#timer)
    this.#timer = null
    const client = this.#client
    this.#client = null
    await Promise.allSettled([
      client?.end(),
      this.#opening // ends its own client once it sees #closed
    ])
  }
}
