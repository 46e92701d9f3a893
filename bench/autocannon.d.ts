/** The part of autocannon's API that bench/load.ts uses (the package ships no types). */
declare module 'autocannon' {
  namespace autocannon {
    interface Request { method?: string, path?: string, headers?: Record<string, string>, body?: string | Buffer }
    interface Options {
      url: string
      connections?: number
      duration?: number
      timeout?: number
      requests?: Array<Request & { setupRequest?: (req: Request) => Request }>
    }
    interface Result {
      requests: { average: number, total: number }
      /** Milliseconds from sending a request to its answer. */
      latency: { average: number, p99: number, max: number }
      non2xx: number
      errors: number
      '5xx': number
    }
  }
  function autocannon (options: autocannon.Options): Promise<autocannon.Result>
  export default autocannon
}
