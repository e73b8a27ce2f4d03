// The backfill's parts alone: CSV (quoted fields, BOM, CRLF) and NDJSON records with their lines, the column mapping,
// the pace (spacing, estimate, a resumed run continuing after the earlier one), and the progress text (bar on a TTY,
// plain lines otherwise).
import { Readable } from 'node:stream'
import t from 'tap'
import { renderEstimate, renderProgress, renderSummary } from '../../bin/backfill-progress.js'
import { formatOf, parseMapping, readRecords, toSignup } from '../../lib/outbox/backfill-input.js'
import { estimate, formatDuration, Pacer, spacingMs } from '../../lib/outbox/backfill-pace.js'
import type { BackfillProgress, BackfillResult } from '../../lib/outbox/backfill.js'
import { GhlValidationError } from '../../lib/errors.js'

async function all (text: string, format: 'csv' | 'ndjson') {
  const out = []
  for await (const r of readRecords(Readable.from([text]), format)) out.push(r)
  return out
}

t.test('CSV: header row, quoted fields with commas and newlines, BOM, CRLF, blank lines', async (t) => {
  const rows = await all('\uFEFFE-mail,Full Name,Tags\r\nada@example.com,"Lovelace, Ada",vip;beta\r\n\r\n"bob@example.com","Bob\nSmith",\r\n', 'csv')
  t.same(rows.map((r) => r.line), [2, 5])
  t.same(rows[0].record, { 'E-mail': 'ada@example.com', 'Full Name': 'Lovelace, Ada', Tags: 'vip;beta' })
  const mapping = parseMapping('email=E-mail, name=Full Name,tags=Tags')
  t.same(toSignup(rows[0].record, mapping), { user: { email: 'ada@example.com', name: 'Lovelace, Ada', tags: ['vip', 'beta'] } })
  t.same(toSignup(rows[1].record, mapping).user, { email: 'bob@example.com', name: 'Bob\nSmith' })
  await t.rejects(all('email,name\nada@example.com,Ada,extra\n', 'csv'), GhlValidationError, 'a row with too many fields is refused with the reason')
})

t.test('NDJSON: one object a line, line numbers kept, bad lines refused by number', async (t) => {
  const rows = await all('{"email":"a@example.com","signupType":"trial","plan":"pro"}\n\n{"email":"b@example.com","tags":["x","y"]}\n', 'ndjson')
  t.same(rows.map((r) => r.line), [1, 3])
  t.same(toSignup(rows[0].record, parseMapping('customFields.plan=plan')), { user: { email: 'a@example.com', customFields: { plan: 'pro' } }, signupType: 'trial' })
  t.same(toSignup(rows[1].record, {}).user, { email: 'b@example.com', tags: ['x', 'y'] })
  await t.rejects(all('{"email":"a@example.com"}\n[1]\n', 'ndjson'), /NDJSON line 2: not a JSON object/)
  await t.rejects(all('{"email":\n', 'ndjson'), /NDJSON line 1/)
})

t.test('mapping and format errors name the flag, field or column', async (t) => {
  t.throws(() => parseMapping('mail=Email'), /unknown field "mail"/)
  t.throws(() => parseMapping('email'), /"email" is not field=column/)
  t.throws(() => parseMapping('email=A,email=B'), /email is mapped twice/)
  t.same(parseMapping(undefined), {})
  t.throws(() => toSignup({ Email: '' }, parseMapping('email=Email')), /no email in column "Email"/)
  t.throws(() => toSignup({ email: 'not-an-address' }, {}), /no email/)
  t.equal(formatOf('users.CSV'), 'csv')
  t.equal(formatOf('users.jsonl'), 'ndjson')
  t.equal(formatOf('users.txt', 'ndjson'), 'ndjson')
  t.throws(() => formatOf('users.txt'), /--format csv\|ndjson/)
  t.throws(() => formatOf('users.csv', 'xml'), /--format must be csv or ndjson/)
})

t.test('pace: a share of the budget, estimates, and a resumed run after the earlier one', async (t) => {
  const budget = { max: 100, windowMs: 10_000, daily: 200_000 }
  t.equal(spacingMs(budget, 0.5), 400, '2 calls a signup at 50 % of 100 per 10 s: one signup every 400 ms')
  t.equal(spacingMs(budget, 1), 200)
  const e = estimate(1000, budget, 0.5)
  t.match(e, { jobs: 1000, calls: 2000, jobsPerDay: 50_000, dailyBound: false })
  t.equal(e.ms, 400_000)
  t.equal(e.jobsPerSecond, 2.5)
  const big = estimate(120_000, budget, 0.5)
  t.ok(big.dailyBound, 'past a day of the daily share, the daily budget sets the duration')
  t.equal(big.ms, 2 * 86_400_000 + 20_000 * 400)
  t.equal(formatDuration(400_000), '6m40s')
  t.equal(formatDuration(2 * 86_400_000 + 3_600_000), '2d01h00m')

  const pacer = new Pacer(400)
  const now = 1_000_000
  const first = pacer.peek(now)
  t.equal(first.getTime(), now, 'the first job is due at once')
  pacer.take(first)
  t.equal(pacer.peek(now).getTime(), now + 400, 'an untaken slot is offered again (a row whose job existed takes none)')
  pacer.take(pacer.peek(now))
  t.equal(pacer.peek(now + 5000).getTime(), now + 5000, 'never in the past')
  const resumed = new Pacer(400)
  resumed.after(new Date(now + 60_000))
  t.equal(resumed.peek(now).getTime(), now + 60_400, 'a resumed run starts after the earlier run\'s last waiting job')
})

const progress = (extra: Partial<BackfillProgress> = {}): BackfillProgress => ({
  phase: 'deliver', total: 1000, read: 1000, created: 1000, existing: 0, invalid: 0,
  counts: { pending: 580, in_flight: 0, delivered: 420, dead: 0 }, ratePerSecond: 2.5, etaMs: 232_000, elapsedMs: 170_000, ...extra
})

t.test('progress: a bar redrawn in place on a terminal, plain lines otherwise', async (t) => {
  const tty = renderProgress(progress(), true)
  t.ok(tty.startsWith('\r\x1b[K'), 'redraws the line')
  t.notOk(tty.includes('\n'), 'no newline on a terminal')
  t.match(tty, /██████████░+  42% deliver 420\/1,000 jobs · 2\.5\/s · ETA 3m52s · delivered 420 · pending 580 · dead 0/)
  const plain = renderProgress(progress({ phase: 'enqueue', read: 300, ratePerSecond: 500, etaMs: 1400 }), false)
  t.equal(plain, 'backfill enqueue 300/1,000 rows · 500.0/s · ETA 1s · delivered 420 · pending 580 · dead 0\n')
  const result: BackfillResult = { ...progress({ phase: 'interrupted', read: 300 }), estimate: estimate(1000, { max: 100, windowMs: 10_000, daily: 200_000 }, 0.5), invalidRows: [{ line: 7, reason: 'no email in column "email"' }], invalid: 1 }
  t.match(renderSummary(result, 'users.csv', 'loc_1'), /interrupted after 300 of 1,000 rows: run the same command again to resume/)
  t.match(renderSummary(result, 'users.csv', 'loc_1'), /invalid line 7: no email/)
  t.match(renderEstimate(result, 'users.csv', 'loc_1', { max: 100, windowMs: 10_000, daily: 200_000 }, 0.5), /estimated duration: 6m40s/)
})
