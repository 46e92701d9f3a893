/** The host of a page's address, lower case; undefined for none or an address that does not parse. */
export function hostName (url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return undefined
  }
}
