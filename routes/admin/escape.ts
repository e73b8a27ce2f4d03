// HTML escaping for the admin page: every interpolated value is escaped unless it is already Html (made by `html`).
// A page is built only from `html` templates, so no value reaches the page unescaped by accident.
export class Html {
  constructor (readonly value: string) {}
  toString (): string { return this.value }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' }

export function escapeHtml (value: unknown): string {
  return String(value).replace(/[&<>"'`]/g, (c) => ENTITIES[c])
}

type Part = Html | string | number | boolean | null | undefined | readonly Part[]

function render (part: Part): string {
  if (part === null || part === undefined || part === false) return ''
  if (part instanceof Html) return part.value
  if (Array.isArray(part)) return (part as readonly Part[]).map(render).join('')
  return escapeHtml(part)
}

/** A template whose interpolations are escaped (arrays are joined, null/undefined/false render nothing). */
export function html (strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]
  return new Html(out)
}
