/**
 * Relative dates as pages write them beside a headline or in an info line: `3 hours ago`, `a day ago`,
 * `yesterday`, `yesterday at 10:20 AM`, `just now`, `3天前`, `2天22时前`, `5分钟前`, `半小时前`, `昨天 10:20`, `前天`, `今天 08:15`,
 * and a month and day without their year (`10-15 09:32`, `10月15日 09:32`), which Chinese templates print for a
 * page of this year. They mean a date only against a reference date (when the page was fetched). Spans of months
 * or years are too vague to give a day and are not read.
 */

export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week'

export interface RelativeDate {
  /** How far before the reference. */
  amount: number
  unit: RelativeUnit
  /** A clock time the text gives (`昨天 10:20`): hours and minutes on the resolved day. */
  time?: { h: number, m: number }
  /** A month and day without a year (`10-15 09:32`): the last such day on or before the reference. */
  monthDay?: { month: number, day: number }
  index: number
  length: number
}

const EN_UNIT: Record<string, RelativeUnit> = {
  sec: 'second', second: 'second', min: 'minute', minute: 'minute', hr: 'hour', hour: 'hour', day: 'day', week: 'week'
}
const ZH_UNIT: Record<string, RelativeUnit> = {
  秒: 'second', 分钟: 'minute', 分鐘: 'minute', 小时: 'hour', 小時: 'hour', 天: 'day', 日: 'day', 周: 'week', 週: 'week', 星期: 'week'
}
const EN_WORD_AMOUNT: Record<string, number> = { a: 1, an: 1, one: 1 }
const ZH_DAY_WORD: Record<string, number> = {
  今天: 0, 今日: 0, 刚刚: 0, 剛剛: 0, 昨天: 1, 昨日: 1, 前天: 2, 前日: 2
}
const EN_DAY_WORD: Record<string, number> = { 'just now': 0, today: 0, yesterday: 1 }

// (a comma may stand between the day and the time: `昨天, 23:12`, `Yesterday, 11:12 PM`, WoltLab's and vBulletin's:
// zh-blogs b641 of session 65's unseen round)
const CLOCK = String.raw`(?:\s*,?\s*(?:at\s+)?(\d{1,2})[:：](\d{2})\s*([ap]\.?m\.?)?)?`
const EN_AGO = new RegExp(String.raw`\b(\d{1,3}|an?|one)\s*(sec|second|min|minute|hr|hour|day|week)s?\.?\s+ago\b`, 'i')
const EN_DAY = new RegExp(String.raw`\b(just now|today|yesterday)\b${CLOCK}`, 'i')
// `3 天 之前`: Question2Answer's Chinese pack spaces the ago-word off the unit (zh-blogs b404, session 52's unseen wave)
const ZH_AGO = /(\d{1,3}|半)\s*(?:个|個)?\s*(秒|分钟|分鐘|小时|小時|天|日|周|週|星期)\s*(?:之)?前/u
const ZH_DAY = new RegExp(`(今天|今日|刚刚|剛剛|昨天|昨日|前天|前日)${CLOCK}`, 'u')
/** Days and hours ago in one (`2天22时前`, NexusPHP's post times: zh-blogs b260 of session 43's unseen round). */
const ZH_DAYS_HOURS = /(\d{1,3})\s*(?:天|日)\s*(\d{1,2})\s*(?:小时|小時|时|時)\s*前/u
const HOURS_A_DAY = 24
/**
 * A month and day with no year, then the clock time: `10月15日 09:32`, `10-15 09:32`, `10-15 09:32:11`. The time is
 * required: without it `10月15日` is as often a heading of a chronology and `10-15` a score or a range. Nothing
 * that continues a full date may stand before it (`2024-10-15 09:32` is findDate's).
 */
// (and phpBB 2's Chinese pack, `D M d - H:i` with the month as `5月`: `週五 5月 07 - 21:23`, a Forumotion-style Macau
// board: zh-blogs b537 of session 61's unseen round)
const MONTH_DAY = /(?<![\d年./-])(\d{1,2})(?:月(\d{1,2})[日号]|-(\d{1,2})|月\s+(\d{1,2})\s+-)\s*(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?(?![\d:：])/u
/** Clock hours in half a day, for `pm`. */
const HALF_DAY = 12
const HALF_HOUR_MINUTES = 30

function clock (h: string | undefined, m: string | undefined, ampm: string | undefined): RelativeDate['time'] {
  if (h === undefined || m === undefined) return undefined
  let hour = Number(h)
  const pm = ampm?.toLowerCase().startsWith('p') === true
  if (pm && hour < HALF_DAY) hour += HALF_DAY
  if (ampm !== undefined && !pm && hour === HALF_DAY) hour = 0
  return hour < 24 && Number(m) < 60 ? { h: hour, m: Number(m) } : undefined
}

/** One reading: `amount` units before the reference, at the match `m`, with the clock time the text gives. */
function reading (amount: number, unit: RelativeUnit, m: RegExpExecArray, time?: RelativeDate['time']): RelativeDate {
  return { amount, unit, ...(time !== undefined ? { time } : {}), index: m.index, length: m[0].length }
}

/** The first relative date in `text`, or null. */
export function findRelativeDate (text: string): RelativeDate | null {
  const found: RelativeDate[] = []
  let m = EN_AGO.exec(text)
  if (m !== null) {
    found.push(reading(EN_WORD_AMOUNT[m[1].toLowerCase()] ?? Number(m[1]), EN_UNIT[m[2].toLowerCase()], m))
  }
  m = EN_DAY.exec(text)
  if (m !== null) found.push(reading(EN_DAY_WORD[m[1].toLowerCase()], 'day', m, clock(m[2], m[3], m[4])))
  m = ZH_DAYS_HOURS.exec(text)
  if (m !== null) found.push(reading(Number(m[1]) * HOURS_A_DAY + Number(m[2]), 'hour', m))
  m = m === null ? ZH_AGO.exec(text) : null
  // `半小时前`: half an hour is thirty minutes; half of another unit is too vague
  if (m !== null && m[1] !== '半') found.push(reading(Number(m[1]), ZH_UNIT[m[2]], m))
  else if (m !== null && ZH_UNIT[m[2]] === 'hour') found.push(reading(HALF_HOUR_MINUTES, 'minute', m))
  m = ZH_DAY.exec(text)
  if (m !== null) found.push(reading(ZH_DAY_WORD[m[1]], 'day', m, clock(m[2], m[3], undefined)))
  m = MONTH_DAY.exec(text)
  const monthDay = m === null ? undefined : monthDayOf(m)
  if (m !== null && monthDay !== undefined) found.push(monthDay)
  return found.sort((a, b) => a.index - b.index)[0] ?? null
}

/** `MONTH_DAY`'s match as a reading of that day (0 days back), when its time and its day are plausible. */
function monthDayOf (m: RegExpExecArray): RelativeDate | undefined {
  const time = clock(m[5], m[6], undefined)
  const month = Number(m[1])
  const day = Number(m[2] ?? m[3] ?? m[4])
  const plausible = time !== undefined && month >= 1 && month <= 12 && day >= 1 && day <= 31
  return plausible ? { ...reading(0, 'day', m, time), monthDay: { month, day } } : undefined
}

export const UNIT_MS: Record<RelativeUnit, number> = {
  second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000
}
const REFERENCE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/

/** Minutes east of UTC of an ISO offset (`+08:00` -> 480, `Z` -> 0). */
function offsetMinutes (zone: string): number {
  if (zone === 'Z') return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)))
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** An ISO offset from minutes east of UTC (480 -> `+08:00`). */
function offsetString (minutes: number): string {
  if (minutes === 0) return 'Z'
  const a = Math.abs(minutes)
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`
}

/**
 * The date a relative date names, seen from `reference` (ISO 8601: a date, or a date-time with or without its
 * offset). Hours, minutes and seconds give a date-time when the reference has a time and a zone, else the day;
 * days and weeks give the day (with the clock time the text states, in the reference's zone, when it has one).
 * `pageOffset` (the page's own zone, `+08:00` on a Chinese page) moves a zoned reference to the page's clock first:
 * `昨天` fetched at 01:00 UTC is the day before the 30th in Beijing. Null when the reference is not a date.
 */
export function resolveRelativeDate (rel: RelativeDate, reference: string, pageOffset?: string | null): string | null {
  const clockAt = wallClock(reference, pageOffset)
  if (clockAt === null) return null
  if (rel.monthDay !== undefined) return resolveMonthDay(rel.monthDay, rel.time, clockAt, pageOffset)
  const at = new Date(clockAt.wall - rel.amount * UNIT_MS[rel.unit])
  const day = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`
  const subDay = rel.unit !== 'day' && rel.unit !== 'week'
  if (clockAt.zone === null || (!subDay && rel.time === undefined)) return day
  const time = subDay
    ? `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())}`
    : `${pad(rel.time?.h ?? 0)}:${pad(rel.time?.m ?? 0)}:00`
  return `${day}T${time}${offsetString(clockAt.zone)}`
}

/**
 * A month and day without a year, seen from the reference's wall clock: that day of the reference's year, or of the
 * year before when it would fall after the reference (`12-30` read on 5 January). The time the text states is in the
 * page's zone (the reference's when the page has none); the day alone when neither is known. Null for a day its
 * year does not have (`02-29`).
 */
function resolveMonthDay (
  md: { month: number, day: number }, time: RelativeDate['time'], at: WallClock, pageOffset: string | null | undefined
): string | null {
  const now = new Date(at.wall)
  let year = now.getUTCFullYear()
  if (md.month * 100 + md.day > (now.getUTCMonth() + 1) * 100 + now.getUTCDate()) year--
  if (new Date(Date.UTC(year, md.month, 0)).getUTCDate() < md.day) return null
  const day = `${year}-${pad(md.month)}-${pad(md.day)}`
  const zone = pageOffset != null && pageOffset !== '' ? offsetMinutes(pageOffset) : at.zone
  if (time === undefined || zone === null) return day
  return `${day}T${pad(time.h)}:${pad(time.m)}:00${offsetString(zone)}`
}

/**
 * The reference's wall clock (as a UTC timestamp) in the page's zone when both are known, else in its own; `zone`
 * null when the reference has no time or no zone (only its day is known).
 */
interface WallClock { wall: number, zone: number | null }

function wallClock (reference: string, pageOffset: string | null | undefined): WallClock | null {
  const r = REFERENCE.exec(reference.trim())
  if (r === null) return null
  const [, y, mo, d, h, mi, sec, z] = r
  const stated = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(sec ?? 0))
  if (Number.isNaN(stated)) return null
  const given = z === undefined || h === undefined ? null : offsetMinutes(z)
  const zone = given !== null && pageOffset != null && pageOffset !== '' ? offsetMinutes(pageOffset) : given
  return { wall: stated + ((zone ?? 0) - (given ?? 0)) * UNIT_MS.minute, zone }
}
