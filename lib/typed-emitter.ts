import { EventEmitter } from 'node:events'

// A node EventEmitter whose on/once/off/emit are checked against an event map.
export class TypedEmitter<Events extends { [K in keyof Events]: unknown }> {
  readonly #emitter = new EventEmitter()

  on<K extends keyof Events & string> (event: K, listener: (payload: Events[K]) => void): this {
    this.#emitter.on(event, listener)
    return this
  }

  once<K extends keyof Events & string> (event: K, listener: (payload: Events[K]) => void): this {
    this.#emitter.once(event, listener)
    return this
  }

  off<K extends keyof Events & string> (event: K, listener: (payload: Events[K]) => void): this {
    this.#emitter.off(event, listener)
    return this
  }

  emit<K extends keyof Events & string> (event: K, payload: Events[K]): boolean {
    return this.#emitter.emit(event, payload)
  }

  listenerCount<K extends keyof Events & string> (event: K): number {
    return this.#emitter.listenerCount(event)
  }

  removeAllListeners (): void {
    this.#emitter.removeAllListeners()
  }
}
