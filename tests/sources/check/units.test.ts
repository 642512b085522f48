import { describe, expect, it } from 'vitest'
import { classifyError, classifyStatus } from '../../../sources/check/classify.ts'
import {
  computeBackoff,
  extractTitle,
  isPrivateAddress,
  parseDuration,
  parseRetryAfter,
  remapUrl,
} from '../../../sources/index.ts'

describe('parseDuration', () => {
  it.each([
    ['500ms', 500],
    ['20s', 20_000],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1d', 86_400_000],
    ['250', 250],
    ['1.5s', 1500],
  ])('%s → %i ms', (text, expected) => {
    expect(parseDuration(text)).toBe(expected)
  })

  it.each(['', 'soon', '5 weeks', '-1s', '1s2'])('rejects %j', (text) => {
    expect(() => parseDuration(text)).toThrow(TypeError)
  })
})

describe('retry policy', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('Sun, 06 Nov 1994 08:49:37 GMT')
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:50:07 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Sun, 06 Nov 1994 08:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeNull()
    expect(parseRetryAfter(undefined, now)).toBeNull()
  })

  it('backs off exponentially with jitter, capped', () => {
    expect(computeBackoff(1, () => 0.5, 60_000)).toBe(1000)
    expect(computeBackoff(3, () => 0.5, 60_000)).toBe(4000)
    expect(computeBackoff(3, () => 0, 60_000)).toBe(2000)
    expect(computeBackoff(10, () => 0.5, 60_000)).toBe(60_000)
  })
})

describe('classify', () => {
  it('matches codes through the cause chain, not messages', () => {
    const error = new Error('fetch failed', {
      cause: Object.assign(new Error('whatever'), { code: 'ECONNRESET' }),
    })
    expect(classifyError(error)).toMatchObject({
      status: 'unverified',
      reason: 'connection-reset',
      retry: true,
    })
    const misleading = new Error('ENOTFOUND timeout refused')
    expect(classifyError(misleading)).toMatchObject({ reason: 'http-error', retry: false })
  })

  it.each([
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout', 'connect'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout', null],
    ['ECONNREFUSED', 'connection-refused', 'connect'],
    ['ENOTFOUND', 'domain-not-found', 'dns'],
    ['EAI_AGAIN', 'network', 'dns'],
    ['CERT_HAS_EXPIRED', 'tls', null],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls', null],
    ['CITECHECK_PRIVATE_ADDRESS', 'private-address', null],
  ])('%s → %s', (code, reason, layer) => {
    expect(classifyError(Object.assign(new Error('x'), { code }))).toMatchObject({ reason, layer })
  })

  it.each([
    [200, 'live', 'ok'],
    [404, 'dead', 'not-found'],
    [405, 'dead', 'client-error'],
    [408, 'unverified', 'timeout'],
    [429, 'unverified', 'rate-limited'],
    [502, 'unverified', 'server-error'],
  ])('HTTP %i → %s (%s)', (code, status, reason) => {
    expect(classifyStatus(code)).toEqual({ status, reason })
  })
})

describe('isPrivateAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.0.0.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.100.100.200', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['fe80::1', true],
    ['0.0.0.0', true],
    ['93.184.216.34', false],
    ['2606:4700::1', false],
  ])('%s → %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected)
  })
})

describe('extractTitle', () => {
  it('decodes entities, collapses whitespace and strips control characters', () => {
    expect(
      extractTitle(
        '<html><title lang="en">\n  Caf&eacute; &amp; Co &#8211;\u0007 &#x41;\n</title>',
      ),
    ).toBe('Café & Co – A')
  })

  it('reads the title in linear time, whatever the markup (no ReDoS)', () => {
    expect(extractTitle('<title'.repeat(150_000))).toBeNull()
    expect(extractTitle(`<title>${'<'.repeat(1 << 20)}`)).toBeNull()
    expect(extractTitle(`<script><title>No</title></script><title>Yes</title>`)).toBe('Yes')
  })

  it('caps long titles and returns null without one', () => {
    expect(extractTitle(`<title>${'x'.repeat(500)}</title>`)?.length).toBe(200)
    expect(extractTitle('<p>no title</p>')).toBeNull()
    expect(extractTitle('<title>   </title>')).toBeNull()
  })
})

describe('remapUrl', () => {
  it('applies the first matching rule with capture groups', () => {
    const rules = [
      { pattern: /^http:\/\/old\.org\/(.*)$/, replacement: 'https://new.org/$1' },
      { pattern: /old/, replacement: 'never' },
    ]
    expect(remapUrl('http://old.org/a/b', rules)).toBe('https://new.org/a/b')
    expect(remapUrl('https://other.org/', rules)).toBe('https://other.org/')
  })
})
