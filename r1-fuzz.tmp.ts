import fc from 'fast-check'
import { annotate } from '/work/main/annotations/index.ts'
const t = (name: string, text: string, path = 'p.txt') => {
  const s = performance.now()
  try { const d = annotate(text, { path }); console.log(name, (performance.now() - s).toFixed(0), 'ms', d.claims.length, d.footnotes.length, d.document.convention) }
  catch (e) { console.log(name, 'THREW', (e as Error).stack?.slice(0, 500)) }
}
const w = 'word. '.repeat(350000)
t('2MB one line', w)
t('2MB one line md', w, 'p.md')
t('2MB words no dots', 'lorem ipsum '.repeat(170000))
t('2MB superscripts', ('text¹ '.repeat(300000)))
let s = ''; for (let i = 1; i <= 10000; i++) s += `claim${i}${String(i).split('').map(d => '⁰¹²³⁴⁵⁶⁷⁸⁹'[+d]).join('')}. `
s += '\n\n'; for (let i = 1; i <= 10000; i++) s += `${String(i).split('').map(d => '⁰¹²³⁴⁵⁶⁷⁸⁹'[+d]).join('')} Note ${i} https://e.org/${i}\n\n`
t('10k superscript', s)
let m = ''; for (let i = 1; i <= 10000; i++) m += `claim ${i}[^${i}]. `
m += '\n\n'; for (let i = 1; i <= 10000; i++) m += `[^${i}]: Note ${i}\n`
t('10k md', m, 'p.md')
let e = ''; for (let i = 1; i <= 10000; i++) e += `claim ${i}[${i}]. `
e += '\n\n---\n\n'; for (let i = 1; i <= 10000; i++) e += `[${i}] Note ${i}\n\n`
t('10k endnote', e)
t('brackets', '['.repeat(100000) + ']'.repeat(100000))
t('brackets md', '[^'.repeat(100000), 'p.md')
t('parens', '('.repeat(200000))
t('stars', '*'.repeat(200000) + ' a¹\n\n¹ n')
t('dots', '.'.repeat(500000) + '¹\n\n¹ n')
t('spaces', ' '.repeat(500000) + 'x¹\n\n¹ n')
t('newlines', '\n'.repeat(500000) + 'x¹\n\n¹ n')
t('digits', '1'.repeat(500000) + '¹\n\n¹ n')
t('sup only', '¹'.repeat(500000))
t('toc-like', 'Contents\n' + 'Intro 3\n'.repeat(100000))
t('yaml', '---\n' + 'a: b\n'.repeat(100000))
t('html a', '<a href="#_ftn1">[1]</a>'.repeat(50000))
t('lines of x', ('x'.repeat(50) + '\n').repeat(40000))
t('headings', ('# h\n').repeat(100000))
t('list', ('1) a\n').repeat(100000))
t('abbr', ('U.S. e.g. op.cit. vol. p. No. ').repeat(60000)+'x¹\n\n¹ n')
t('money', ('$5.4 9,6 % ').repeat(150000)+'x¹\n\n¹ n')
t('quotes', ('"a. (b." ').repeat(200000)+'x¹\n\n¹ n')
t('long url footnote', 'x¹\n\n¹ https://' + 'a'.repeat(2000000))
t('underscores', '_'.repeat(300000))
t('backticks', '`'.repeat(300000))
t('md markers many labels', 'x' + '[^a]'.repeat(100000) + '\n\n[^a]: n', 'p.md')
t('sup digits after digits', ('m² x³ ').repeat(200000)+'¹\n\n¹ n')
const arb = fc.array(fc.oneof(fc.string({unit: 'grapheme'}), fc.fullUnicodeString(), fc.constantFrom('¹','²³','[^x]','[^x]: ','[1]','\n\n---\n\n','\n\n','¹ ','# ','1) ','Contents\n','---\n','[',']','(',')','*','<a href="#_ftn1">','</a>', '⁰', '\r\n', '\u0000', '\uFEFF', '\u2028')), {maxLength: 80}).map(a => a.join(''))
let fails = 0
fc.assert(fc.property(arb, fc.constantFrom('a.txt','a.md'), (text, path) => { annotate(text, { path }) ; return true }), { numRuns: 3000 })
console.log('fuzz ok')
