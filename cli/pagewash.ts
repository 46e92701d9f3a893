#!/usr/bin/env node
/** The `pagewash` bin (package.json `bin` -> dist/cli/pagewash.js): a thin wrapper around `main` in ./main.ts. */
import { main } from './main.js'

export { main }

process.exitCode = await main(process.argv.slice(2))
