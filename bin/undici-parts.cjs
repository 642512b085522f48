// What the CLI bundle takes from undici in place of its index (see bundle-cli.mjs): the
// dispatchers citecheck uses, with the request API on every dispatcher, set as undici's own
// index sets it. The index also loads fetch, WebSocket, EventSource, caches, cookies and mocks,
// which citecheck never uses; loading them cost about 40 ms of every audit's start-up.
'use strict'

const Dispatcher = require('undici/lib/dispatcher/dispatcher')
const api = require('undici/lib/api')

Object.assign(Dispatcher.prototype, api)

module.exports = {
  Agent: require('undici/lib/dispatcher/agent'),
  EnvHttpProxyAgent: require('undici/lib/dispatcher/env-http-proxy-agent'),
  Pool: require('undici/lib/dispatcher/pool'),
}
