// The durable outbox (framework-free): enqueue API, operations, failure classification, the relay.
export { backoffMs, classify, type Verdict } from './classify.js'
export { deliver, OUTBOX_OPS, type ContactRef, type DeliveryApi, type OutboxOp, type OutboxRequest } from './ops.js'
export { createOutbox, toOutboxJob, type Enqueued, type EnqueueOptions, type Outbox, type OutboxJob, type OutboxParts } from './outbox.js'
export { createRelay, type Relay, type RelayParts } from './relay.js'
