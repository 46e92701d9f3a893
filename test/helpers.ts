/** Shared test helpers: build an app, read the seed pages (copies in test/fixtures/seeds, see its README). */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance } from 'fastify'
import { buildApp, type BuildOptions } from '../app.js'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const FIXTURES = join(ROOT, 'test', 'fixtures')
export const SEEDS_DIR = join(FIXTURES, 'seeds')
/** The project's shared seed folder beside the repository, when present (the copies are checked against it). */
export const SHARED_SEEDS_DIR = join(ROOT, '..', 'shared', 'seeds')

/** The seed pages by their three-digit prefix: `seed('002')`. */
export function seed (prefix: string): string {
  const name = readdirSync(SEEDS_DIR).find(f => f.startsWith(prefix + '_'))
  if (name === undefined) throw new Error(`no seed ${prefix} in ${SEEDS_DIR}`)
  return readFileSync(join(SEEDS_DIR, name), 'utf8')
}

export const SEED_IDS = ['000', '001', '002', '003', '004'] as const

export function fixture (name: string): Buffer {
  return readFileSync(join(FIXTURES, name))
}

/**
 * A quiet app for inject() tests; closed by the caller's t.teardown. Load shedding by event-loop lag is off: a test
 * runner under coverage blocks the loop for whole sampling intervals, which @fastify/under-pressure reads as an
 * infinite lag. The test of shedding sets its own limit.
 */
export async function testApp (options: BuildOptions = {}): Promise<FastifyInstance> {
  return buildApp({ logger: false, defaultMetrics: false, ...options, config: { maxEventLoopDelay: 0, ...options.config } })
}
