import { describe, expect, it } from 'vitest'
import type { Page } from '../../../sources/check/types.ts'
import { readHeadings } from '../../../sources/evidence/html.ts'
import { detectSoft404 } from '../../../sources/evidence/soft-404.ts'
import { isDeepLink, isListingUrl, isRootUrl } from '../../../sources/evidence/soft-404-redirect.ts'
import { findErrorPhrase } from '../../../sources/evidence/soft-404-title.ts'
import { fetchPage, htmlPage, startServer } from '../../helpers/pages.ts'

/** Fetch a path of the server and run the soft-404 rules on it. */
async function soft404At(base: string, path: string) {
  const page: Page = await fetchPage(base + path)
  expect(page.status).toBe(200)
  return detectSoft404(page, readHeadings(page.body))
}

describe('soft 404: error-title', () => {
  it('fires on error titles in several languages, served by a real server', async () => {
    const titles: Record<string, string> = {
      '/en': '404 - Page Not Found | Reuters',
      '/tr': 'Sayfa bulunamadı | Haber Sitesi',
      '/fr': 'Page introuvable – Le Monde',
      '/de': 'Seite nicht gefunden',
      '/it': 'Pagina non trovata - Corriere della Sera',
      '/es': 'P&aacute;gina no encontrada',
      '/pt': 'Página não encontrada',
      '/sorry': 'Sorry, the page you are looking for could not be found.',
      '/oops': 'Oops! That page can’t be found. &#8211; Defence Blog',
    }
    const routes = Object.fromEntries(
      Object.entries(titles).map(([path, title]) => [path, { body: htmlPage(title, '<p>x</p>') }]),
    )
    const server = await startServer(routes)
    for (const path of Object.keys(titles)) {
      const found = await soft404At(server.url, path)
      expect(found?.rule, path).toBe('error-title')
      expect(found?.detail, path).toMatch(/^Unexpected error page \(title /)
    }
  })

  it('fires on the first <h1> when the title is only the site name', async () => {
    const server = await startServer({
      '/gone': {
        body: htmlPage('Middle East Eye', '<p>Try the search.</p>', 'Bu sayfa mevcut değil'),
      },
    })
    const found = await soft404At(server.url, '/gone')
    expect(found).toEqual({
      rule: 'error-title',
      detail:
        'Unexpected error page (main heading "Bu sayfa mevcut değil"), expected the cited page',
    })
  })

  it('does not fire on an article whose title merely mentions "not found" or "404"', async () => {
    const articles = [
      'Missing plane still not found after a decade of searching | Reuters',
      'The 404 error page is an art form - The Verge',
      'Why the missing link was not found in the fossil record',
      'Turkey’s global military footprint in 2022',
    ]
    const routes = Object.fromEntries(
      articles.map((title, index) => [`/a${index}`, { body: htmlPage(title, '', title) }]),
    )
    const server = await startServer(routes)
    for (const [index, title] of articles.entries()) {
      expect(await soft404At(server.url, `/a${index}`), title).toBeNull()
    }
  })

  it('matches phrases on folded text and only when they dominate a title part', () => {
    expect(findErrorPhrase('SAYFA BULUNAMADI')).toBe('bulunamadi')
    expect(findErrorPhrase('Fehler 404: Seite nicht gefunden')).not.toBeNull()
    expect(findErrorPhrase('Error')).toBe('error')
    expect(findErrorPhrase('Erdoğan says error in data was not found by auditors')).toBeNull()
    expect(findErrorPhrase('Reuters')).toBeNull()
  })
})

describe('soft 404: redirects', () => {
  /** A server where each `from` path redirects to `to` and every target is a plain page. */
  async function redirectServer(hops: Record<string, string>) {
    const routes: Parameters<typeof startServer>[0] = {}
    for (const [from, to] of Object.entries(hops)) {
      routes[from] = { status: 301, headers: { location: to } }
      const target = new URL(to, 'http://x').pathname
      routes[target] ??= { body: htmlPage('Welcome | Example News', '<p>Latest stories</p>') }
    }
    return startServer(routes)
  }

  it('redirect-to-root: a deep link ending at / or a language root', async () => {
    const server = await redirectServer({
      '/2023/04/mind-the-middle-powers/': '/',
      '/en/articles/deep-story': '/en/',
    })
    const first = await soft404At(server.url, '/2023/04/mind-the-middle-powers/')
    expect(first?.rule).toBe('redirect-to-root')
    expect(first?.detail).toContain(`${server.url}/`)
    expect((await soft404At(server.url, '/en/articles/deep-story'))?.rule).toBe('redirect-to-root')
  })

  it('redirect-to-listing: a deep article ending at /news, /category/… or ?s=', async () => {
    const server = await redirectServer({
      '/news/articles/2024-10-21/why-turkey-wants-brics': '/news',
      '/2024/05/story-slug': '/category/world/',
      '/blog/post-slug': '/?s=post+slug',
    })
    for (const path of [
      '/news/articles/2024-10-21/why-turkey-wants-brics',
      '/2024/05/story-slug',
      '/blog/post-slug',
    ]) {
      expect((await soft404At(server.url, path))?.rule, path).toBe('redirect-to-listing')
    }
  })

  it('does not fire on a page that moved, nor on a root or listing that was cited as such', async () => {
    const server = await redirectServer({
      '/old/turkey-qatar-ties': '/new/turkey-qatar-ties',
      '/index.html': '/en/',
      '/news': '/news/',
      '/2024/story': '/2024/story/',
    })
    for (const path of ['/old/turkey-qatar-ties', '/index.html', '/news', '/2024/story']) {
      expect(await soft404At(server.url, path), path).toBeNull()
    }
  })

  it('classifies URLs by their content segments', () => {
    expect(isRootUrl(new URL('https://x.org/tr/index.html'))).toBe(true)
    expect(isRootUrl(new URL('https://x.org/?utm_source=feed'))).toBe(true)
    expect(isRootUrl(new URL('https://x.org/?p=123'))).toBe(false)
    expect(isListingUrl(new URL('https://x.org/en/publications?cat=a78b'))).toBe(true)
    expect(isListingUrl(new URL('https://x.org/en/publications/a-brief'))).toBe(false)
    expect(isDeepLink(new URL('https://x.org/en/'))).toBe(false)
    expect(isDeepLink(new URL('https://x.org/originals/2019/08/a.html'))).toBe(true)
  })
})
