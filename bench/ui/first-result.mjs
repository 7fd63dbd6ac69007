// Time to first search result in the web UI: how long from the start of navigation to /sok?q=... until the first
// result is on the screen, for two (or more) builds of the UI served side by side against the same running API.
//
//   node first-result.mjs --api http://127.0.0.1:8080 --dist before=/tmp/ui-before --dist after=../../ui/dist \
//        [--path '/sok?q=dörr'] [--rounds 15] [--cpu 1,4] [--browser /usr/bin/chromium] [--timeline]
//
// Each build is served by a small static server of its own (index.html for every non-asset path, as Quinoa does)
// that passes /api and /q to the API, so the builds differ only in their own code. Rounds alternate the builds;
// every visit is a fresh browser context (empty cache: a first visit). --cpu slows the browser's CPU by these
// factors through the DevTools protocol (4 stands for a mid-range phone). Prints medians and the ratio of each
// build to the first.
import { createServer, request as httpRequest } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import { chromium } from 'playwright-core'

const args = process.argv.slice(2)
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : fallback
}
const dists = args.flatMap((a, i) => (a === '--dist' ? [args[i + 1]] : [])).map((d) => {
  const [name, dir] = d.split('=')
  return { name, dir: resolve(dir) }
})
const api = new URL(opt('api', 'http://127.0.0.1:8080'))
const path = opt('path', '/sok?q=d%C3%B6rr')
const rounds = Number(opt('rounds', '15'))
const cpus = opt('cpu', '1,4').split(',').map(Number)
const browserPath = opt('browser', '/usr/bin/chromium')
const timeline = args.includes('--timeline') // print what each build fetched and when, for one visit
if (dists.length === 0) {
  console.error('usage: node first-result.mjs --api URL --dist name=dir [--dist name=dir ...]')
  process.exit(2)
}

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.woff2': 'font/woff2', '.ico': 'image/x-icon',
}

function serve(dir) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x')
    if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/q/')) {
      const upstream = httpRequest(
        { host: api.hostname, port: api.port, path: req.url, method: req.method, headers: { ...req.headers, host: api.host } },
        (answer) => {
          res.writeHead(answer.statusCode, answer.headers)
          answer.pipe(res)
        })
      upstream.on('error', () => { res.writeHead(502); res.end() })
      req.pipe(upstream)
      return
    }
    let file = join(dir, decodeURIComponent(url.pathname))
    if (!file.startsWith(dir) || !(await stat(file).then((s) => s.isFile(), () => false))) file = join(dir, 'index.html')
    const body = await readFile(file)
    const cache = file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': cache })
    res.end(body)
  })
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)))
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

const servers = await Promise.all(dists.map((d) => serve(d.dir)))
const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] })
const results = {} // cpu -> name -> { firstResult: [], bytes: [] }
try {
  for (const cpu of cpus) {
    results[cpu] = Object.fromEntries(dists.map((d) => [d.name, { firstResult: [], scriptBytes: [] }]))
    for (let round = 0; round <= rounds; round++) { // round 0 warms the API and the servers and is not counted
      const order = round % 2 ? [...dists.keys()].reverse() : [...dists.keys()]
      for (const i of order) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sv-SE' })
        const page = await context.newPage()
        if (cpu !== 1) {
          const cdp = await context.newCDPSession(page)
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu })
        }
        const base = `http://127.0.0.1:${servers[i].address().port}`
        await page.goto(base + path, { waitUntil: 'commit' })
        await page.locator('[data-testid="search-result"]').first().waitFor({ timeout: 60_000 })
        const measured = await page.evaluate(() => ({
          at: performance.now(),
          entries: performance.getEntriesByType('resource').map((e) =>
            `${String(Math.round(e.startTime)).padStart(6)} ${String(Math.round(e.responseEnd)).padStart(6)} ms  ` +
            e.name.replace(location.origin, '').slice(0, 90)),
          scriptBytes: performance.getEntriesByType('resource')
            .filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
            .reduce((sum, e) => sum + e.encodedBodySize, 0),
        }))
        if (timeline && round === 1 && cpu === cpus[0]) {
          console.log(`${dists[i].name}: first result at ${Math.round(measured.at)} ms; fetched (start, end):`)
          measured.entries.forEach((e) => console.log('  ' + e))
        }
        if (round > 0) {
          results[cpu][dists[i].name].firstResult.push(measured.at)
          results[cpu][dists[i].name].scriptBytes.push(measured.scriptBytes)
        }
        await context.close()
      }
    }
  }
} finally {
  await browser.close()
  servers.forEach((s) => s.close())
}

console.log(`Time to first search result (${path}), ${rounds} cold visits per build, medians:`)
console.log('| CPU | ' + dists.map((d) => d.name).join(' | ') + ' | ratio |')
console.log('|---|' + dists.map(() => '---|').join('') + '---|')
for (const cpu of cpus) {
  const m = dists.map((d) => median(results[cpu][d.name].firstResult))
  const ratios = m.slice(1).map((x) => (x / m[0]).toFixed(2)).join(', ')
  console.log(`| ${cpu === 1 ? 'unthrottled' : `${cpu}× slower`} | ` + m.map((x) => `${Math.round(x)} ms`).join(' | ') +
    ` | ${ratios} |`)
}
console.log('Script loaded before the first result (uncompressed): ' +
  dists.map((d) => `${d.name} ${(median(results[cpus[0]][d.name].scriptBytes) / 1000).toFixed(1)} kB`).join(', '))
