/** A TCP port free on loopback right now, for a server a test or a benchmark starts (bench/load.ts, tests). */
import { createServer, type AddressInfo } from 'node:net'

export async function freePort (): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise(resolve => server.close(resolve))
  return port
}
