/** Tells HTML from plain text when the client did not say which it sent. */
import type { InputFormat } from '../types.js'

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)/i
const HTML_TAG = /<\/?(?:p|div|br|span|a|body|head|meta|table|td|li|ul|h[1-6]|section|article|script|style|img)\b[^>]*>/gi

/** Characters read from the start of a page: its doctype, `<html>` or first tags stand well within them. */
export const SNIFF_CHARS = 16384

/** `html` or `text`, from the first SNIFF_CHARS characters of the page (a longer text is read that far). */
export function sniffFormat (text: string): InputFormat {
  const head = text.slice(0, SNIFF_CHARS)
  if (HTML_START.test(head)) return 'html'
  const tags = head.match(HTML_TAG)
  return tags !== null && tags.length >= 3 ? 'html' : 'text'
}
