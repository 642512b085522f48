import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json' with { type: 'json' }
import { defaultDocsUrl, docsUrlFromPackage, missingSourceWords } from '../../reports/reasons.ts'

describe('docsUrlFromPackage', () => {
  it.each([
    ['git+https://github.com/citecheck/citecheck.git', 'https://github.com/citecheck/citecheck'],
    ['https://github.com/owner/name', 'https://github.com/owner/name'],
    ['git@github.com:owner/name.git', 'https://github.com/owner/name'],
    ['git://github.com/owner/name.git', 'https://github.com/owner/name'],
    ['ssh://git@github.com/owner/name.git', 'https://github.com/owner/name'],
    ['github:owner/name', 'https://github.com/owner/name'],
    ['owner/name', 'https://github.com/owner/name'],
  ])('reads the GitHub repository %s', (url, page) => {
    expect(docsUrlFromPackage({ repository: { url } })).toBe(`${page}/blob/main/README.md`)
    expect(docsUrlFromPackage({ repository: url })).toBe(`${page}/blob/main/README.md`)
  })

  it('reads a GitLab repository', () => {
    expect(docsUrlFromPackage({ repository: 'gitlab:group/name' })).toBe(
      'https://gitlab.com/group/name/-/blob/main/README.md',
    )
  })

  it('falls back to the home page, then to the relative README', () => {
    const other = { repository: { url: 'git+https://git.example.org/name.git' } }
    expect(docsUrlFromPackage({ ...other, homepage: 'https://name.example.org/docs' })).toBe(
      'https://name.example.org/docs',
    )
    expect(docsUrlFromPackage(other)).toBe('README.md')
    expect(docsUrlFromPackage({})).toBe('README.md')
  })

  it('gives citecheck an absolute default from its own package.json', () => {
    expect(defaultDocsUrl).toBe(docsUrlFromPackage(packageJson))
    expect(new URL(defaultDocsUrl).protocol).toBe('https:')
    expect(defaultDocsUrl.endsWith('/README.md')).toBe(true)
  })

  it('documents every missing-source id in the README, so its anchor exists', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8')
    for (const id of Object.keys(missingSourceWords)) expect(readme).toContain(`#### \`${id}\``)
  })
})
