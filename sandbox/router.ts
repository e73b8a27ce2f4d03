// A path router for spec-style patterns ('/contacts/:contactId/notes/:id'): literal segments win over parameters,
// a trailing slash is optional ('/contacts/' and '/contacts' are one route), parameters are URI-decoded.

export type Params = Record<string, string>

interface Node<H> {
  literal: Map<string, Node<H>>
  param?: { name: string, node: Node<H> }
  handlers: Map<string, H>
}

function node<H> (): Node<H> {
  return { literal: new Map(), handlers: new Map() }
}

/** '/a/b/' → ['a', 'b']; undefined for an empty inner segment ('/a//b'). */
function segments (path: string): string[] | undefined {
  const parts = path.split('/').slice(1)
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
  return parts.includes('') ? undefined : parts
}

export class Router<H> {
  private readonly root: Node<H> = node()

  add (method: string, pattern: string, handler: H): this {
    const parts = segments(pattern)
    if (parts === undefined) throw new Error(`bad route pattern ${pattern}`)
    let at = this.root
    for (const part of parts) {
      if (part.startsWith(':')) {
        const name = part.slice(1)
        if (at.param !== undefined && at.param.name !== name) throw new Error(`${pattern}: :${name} clashes with :${at.param.name}`)
        at.param ??= { name, node: node() }
        at = at.param.node
      } else {
        let next = at.literal.get(part)
        if (next === undefined) at.literal.set(part, (next = node()))
        at = next
      }
    }
    if (at.handlers.has(method)) throw new Error(`duplicate route ${method} ${pattern}`)
    at.handlers.set(method, handler)
    return this
  }

  /** The handler for the method and path, with its parameters; undefined when none matches. */
  match (method: string, path: string): { handler: H, params: Params } | undefined {
    const parts = segments(path)
    if (parts === undefined) return undefined
    const params: Params = {}
    const handler = this.walk(this.root, parts, 0, method, params)
    return handler === undefined ? undefined : { handler, params }
  }

  private walk (at: Node<H>, parts: string[], i: number, method: string, params: Params): H | undefined {
    if (i === parts.length) return at.handlers.get(method)
    const literal = at.literal.get(parts[i])
    if (literal !== undefined) {
      const found = this.walk(literal, parts, i + 1, method, params)
      if (found !== undefined) return found
    }
    if (at.param === undefined) return undefined
    let value: string
    try {
      value = decodeURIComponent(parts[i])
    } catch {
      return undefined
    }
    const found = this.walk(at.param.node, parts, i + 1, method, params)
    if (found !== undefined) params[at.param.name] = value
    return found
  }
}
