/**
 * eld's shared table (./eld-table.ts) kept on disk between processes, so that a server, a CLI run or a test file
 * starts in milliseconds instead of building the table again (eld's 4.4 MB database evaluated and encoded: 1.5 s
 * of CPU and some 400 MB in a child process, several seconds of wall time on a loaded machine).
 *
 * The file is named by a SHA-256 of what the table is made from: eld's database module and the table's layout
 * version (`ELD_TABLE_LAYOUT`). A change to either names another file, so a stale table is never read. The file
 * holds a JSON header line (languages, size, the SHA-256 of the bytes) and the table's bytes; a file that does
 * not match its header is ignored and replaced. Writes go to a temporary name first and are renamed into place,
 * so processes that start together never read half a file. Where the folder cannot be written (a read-only
 * image), every process builds its own table, as before.
 *
 * The folder is `$PAGEWASH_CACHE_DIR` if set (`off` turns the cache off), else `node_modules/.cache/pagewash`
 * beside the installed eld, the usual place for a package's derived files.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ELD_TABLE_LAYOUT, type SharedEldModel } from './eld-table.js'

/** The layout of the file (the header's fields and their meaning); changing it names other files. */
const FILE_FORMAT = 1
const FILE_PREFIX = 'eld-table-'
const FILE_SUFFIX = '.bin'

interface Header {
  format: number
  type: string
  languages: Record<number, string>
  bytes: number
  sha256: string
}

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex')

/** The cache folder, or undefined when the cache is turned off. */
export function modelCacheDir (env: NodeJS.ProcessEnv = process.env): string | undefined {
  const given = env.PAGEWASH_CACHE_DIR
  if (given === 'off') return undefined
  if (given !== undefined && given !== '') return given
  const eld = fileURLToPath(import.meta.resolve('eld/large'))
  const at = eld.lastIndexOf(`${sep}node_modules${sep}`)
  return at < 0 ? undefined : join(eld.slice(0, at), 'node_modules', '.cache', 'pagewash')
}

/** eld's database module, which the table encodes. */
function databaseFile (): string {
  return fileURLToPath(new URL('../ngrams/large.js', import.meta.resolve('eld/large')))
}

/** The cache file for the installed eld and this layout (undefined when the cache is off). */
export function modelCacheFile (dir = modelCacheDir()): string | undefined {
  if (dir === undefined) return undefined
  const key = createHash('sha256').update(`${FILE_FORMAT} ${ELD_TABLE_LAYOUT} `).update(readFileSync(databaseFile()))
  return join(dir, FILE_PREFIX + key.digest('hex').slice(0, 32) + FILE_SUFFIX)
}

/** The model stored in `file`, or undefined when it is missing, cut or does not match its header. */
export function readCachedModel (file: string): SharedEldModel | undefined {
  let data: Buffer
  try {
    data = readFileSync(file)
  } catch {
    return undefined
  }
  const newline = data.indexOf(0x0a)
  if (newline < 0) return undefined
  let header: Header
  try {
    header = JSON.parse(data.subarray(0, newline).toString('utf8')) as Header
  } catch {
    return undefined
  }
  const bytes = data.subarray(newline + 1)
  if (header.format !== FILE_FORMAT || bytes.length !== header.bytes || sha256(bytes) !== header.sha256) {
    return undefined
  }
  const table = new SharedArrayBuffer(bytes.length)
  new Uint8Array(table).set(bytes)
  return { type: header.type, languages: header.languages, table }
}

/**
 * Stores the model in `file` (through a temporary file and a rename) and removes the folder's tables of other
 * versions. Returns false when the folder cannot be written; the caller goes on with the model it has.
 */
export function writeCachedModel (file: string, model: SharedEldModel): boolean {
  const bytes = new Uint8Array(model.table)
  const header: Header = {
    format: FILE_FORMAT, type: model.type, languages: model.languages, bytes: bytes.length, sha256: sha256(bytes)
  }
  const temporary = `${file}.${process.pid}.tmp`
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(temporary, Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), bytes]))
    renameSync(temporary, file)
  } catch {
    try {
      rmSync(temporary, { force: true })
    } catch {
      // the folder itself is not there or not ours: nothing was written
    }
    return false
  }
  removeOtherTables(file)
  return true
}

/** Tables of other eld or encoder versions in the folder: they are never read again. */
function removeOtherTables (kept: string): void {
  const dir = dirname(kept)
  for (const name of readdirSync(dir)) {
    const other = join(dir, name)
    if (other !== kept && name.startsWith(FILE_PREFIX) && name.endsWith(FILE_SUFFIX)) rmSync(other, { force: true })
  }
}

/** The cached model, or one built by `build` and stored for the next process. */
export async function cachedModel (build: () => Promise<SharedEldModel>): Promise<SharedEldModel> {
  const file = modelCacheFile()
  const cached = file === undefined ? undefined : readCachedModel(file)
  if (cached !== undefined) return cached
  const model = await build()
  if (file !== undefined) writeCachedModel(file, model)
  return model
}
