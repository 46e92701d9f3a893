/**
 * Real-browser check of the docs, run by `.ci/run` after the tests: starts pagewash on a free loopback port,
 * opens `/docs` in Debian's Chromium through playwright-core, uses "Try it out" on `POST /v1/articles` with a
 * seed page sent as text/plain, and requires a 200 answer whose JSON is an Article with a body.
 * Usage: node dist/scripts/browser-check.js [SEED_FILE]   (CHROMIUM=/usr/bin/chromium by default)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { buildApp } from '../app.js'

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync']

async function main (): Promise<void> {
  const seedFile = process.argv[2] ?? join('test', 'fixtures', 'seeds', '004_89fbaf794ddf68b9.txt')
  const page = readFileSync(seedFile, 'utf8')
  const app = await buildApp({ logger: false, defaultMetrics: false })
  const address = await app.listen({ port: 0, host: '127.0.0.1' })
  await app.pool.ready() // the language model built and the workers loaded, as /readyz waits for
  const profile = mkdtempSync(join(tmpdir(), 'pagewash-chromium-'))
  // A fresh profile every run (playwright passes it as --user-data-dir).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    timeout: 60_000
  })
  try {
    const tab = await browser.newPage()
    await tab.goto(`${address}/docs`, { waitUntil: 'networkidle' })
    const op = tab.locator('#operations-articles-post_v1_articles')
    await op.locator('.opblock-summary').click()
    await op.getByRole('button', { name: 'Try it out' }).click()
    await op.locator('.body-param-content-type select').selectOption('text/plain')
    await op.locator('textarea.body-param__text').fill(page)
    await op.getByRole('button', { name: 'Execute' }).click()
    const status = op.locator('.live-responses-table .response .response-col_status').first()
    await status.waitFor({ timeout: 30_000 })
    const code = (await status.innerText()).trim()
    const bodyText = await op.locator('.live-responses-table .response-col_description .microlight').first().innerText()
    const article = JSON.parse(bodyText) as { body?: Array<{ text: string }>, language?: { tag: string } }
    await tab.screenshot({ path: join(tmpdir(), 'pagewash-docs.png'), fullPage: false })
    if (code !== '200' || !Array.isArray(article.body) || article.body.length === 0) {
      throw new Error(`Try it out answered ${code} with ${bodyText.slice(0, 200)}`)
    }
    console.log('browser check ok: /docs "Try it out" on POST /v1/articles answered 200 with ' +
      `${article.body.length} body blocks, language ${article.language?.tag}`)
  } finally {
    await browser.close()
    await app.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

await main()
