import { describe, expect, it } from 'vitest'
import { extractSources } from '../../../sources/extract/index.ts'
import { isSharedHost, outletOwnsHost } from '../../../sources/extract/outlet.ts'
import { buildDocument } from './document.ts'

describe('outletOwnsHost', () => {
  it.each([
    ['Foreign Policy', 'foreignpolicy.com'],
    ['War on the Rocks', 'warontherocks.com'],
    ['The Middle East Eye', 'www.middleeasteye.net'],
    ['Al-Monitor', 'www.al-monitor.com'],
    ['International Business Times', 'www.ibtimes.sg'],
    ['Middle East Institute', 'www.mei.edu'],
    ['The New York Times', 'www.nytimes.com'],
    ['Anadolu Agency', 'www.aa.com.tr'],
    ['AA Gündem', 'aa.com.tr'],
    ['Financial Times', 'www.ft.com'],
    ['TRENDS', 'trendsresearch.org'],
    ['SWP Comment', 'www.swp-berlin.org'],
    ['IPC Policy Brief', 'ipc.sabanciuniv.edu'],
    ['Defense Journal by Atlantic Council', 'www.atlanticcouncil.org'],
    ['TURKEYSource', 'www.atlanticcouncil.org'],
    ['Turkish Ministry of Foreign Affairs website', 'www.mfa.gov.tr'],
    ['Hürriyet Daily News', 'www.hurriyetdailynews.com'],
    ['UİK Panorama', 'www.uikpanorama.com'],
    ['Koç University Center for Asian Studies Blog', 'kuasia.ku.edu.tr'],
    ['Military NYI', 'mil.in.ua'],
  ])('%s owns %s', (outlet, host) => {
    expect(outletOwnsHost(outlet, host)).toBe(true)
  })

  it.each([
    ['Middle East Eye', 'www.linkedin.com'],
    ['CNBC', 'www.cnn.com'],
    ['Middle East Eye', 'www.middleeastmonitor.com'],
    ['Reuters', 'www.bbc.com'],
    ['Financial Times', 'www.nytimes.com'],
    ['Anadolu Agency', 'www.dailysabah.com'],
  ])('%s does not own %s', (outlet, host) => {
    expect(outletOwnsHost(outlet, host)).toBe(false)
  })

  it.each([
    ['doi.org', true],
    ['dergipark.org.tr', true],
    ['web.archive.org', true],
    ['127.0.0.1', true],
    ['www.linkedin.com', false],
  ])('isSharedHost(%s) is %s', (host, shared) => {
    expect(isSharedHost(host)).toBe(shared)
  })
})

describe('outlet-mismatch problems', () => {
  it('reports a host that belongs to someone else', () => {
    const text =
      'Ragıp Soyulu, "Why ties?", *Middle East Eye*, September 4, 2024. See : <https://www.linkedin.com/pulse/why-ties>'
    expect(extractSources(buildDocument([text])).problems).toMatchObject([
      {
        kind: 'outlet-mismatch',
        severity: 'warning',
        footnote: 1,
        url: 'https://www.linkedin.com/pulse/why-ties',
        place: { line: 1, column: 1 },
      },
    ])
  })

  it('reads a plain outlet as well (text converted from PDF has no emphasis)', () => {
    const text =
      'Natasha Turak, "How drones won", CNBC, September 19, 2019. See: https://www.cnn.com/2019/a.html'
    expect(extractSources(buildDocument([text])).problems).toMatchObject([
      { kind: 'outlet-mismatch', url: 'https://www.cnn.com/2019/a.html' },
    ])
  })

  it.each([
    ['a matching host', '"Deal", *Reuters*, July 18, 2023. <https://www.reuters.com/a>'],
    ['no outlet named', '<https://www.linkedin.com/pulse/a>'],
    [
      'a journal on a shared platform',
      'Ann Lee, Turkey and the Balkans, *Avrasya Etüdleri*, 2013. See: <https://dergipark.org.tr/tr/a>',
    ],
    [
      'a DOI',
      'Ann Lee, "Oscillations", *Third World Quarterly*, 2021. See: <https://doi.org/10.1080/01436597.2021.1985449>',
    ],
    [
      'a publisher after a container book',
      'Rich Outzen, "Part 3" in *A Sea of Opportunities*, Atlantic Council Report, 2024. See: <https://www.atlanticcouncil.org/a>',
    ],
  ])('stays quiet for %s', (_, text) => {
    expect(extractSources(buildDocument([text])).problems).toEqual([])
  })
})
