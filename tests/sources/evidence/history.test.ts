import { describe, expect, it } from 'vitest'
import {
  confirmDeadChecks,
  confirmDeadSpan,
  isConfirmedDead,
  type VerdictRecord,
} from '../../../sources/evidence/history.ts'

const day = 24 * 60 * 60 * 1000
const start = Date.UTC(2026, 0, 1)

/** A history from `[day offset, status]` pairs. */
function history(...checks: Array<[number, VerdictRecord['status']]>): Array<VerdictRecord> {
  return checks.map(([offset, status]) => ({ at: start + offset * day, status }))
}

describe('isConfirmedDead', () => {
  it('exports InternetArchiveBot’s thresholds: 3 checks over 3 days', () => {
    expect(confirmDeadChecks).toBe(3)
    expect(confirmDeadSpan).toBe(3 * day)
  })

  it('confirms 3 dead checks spanning 3 days, in any input order', () => {
    expect(isConfirmedDead(history([0, 'dead'], [1, 'dead'], [3, 'dead']))).toBe(true)
    expect(isConfirmedDead(history([3, 'dead'], [0, 'dead'], [1.5, 'dead']))).toBe(true)
  })

  it('does not confirm too few checks or too short a span', () => {
    expect(isConfirmedDead(history([0, 'dead'], [7, 'dead']))).toBe(false)
    expect(isConfirmedDead(history([0, 'dead'], [1, 'dead'], [2.9, 'dead']))).toBe(false)
    expect(isConfirmedDead(history([0, 'dead'], [0, 'dead'], [3, 'dead']))).toBe(false)
    expect(isConfirmedDead([])).toBe(false)
  })

  it('restarts after a live verdict; unverified checks neither count nor reset', () => {
    expect(
      isConfirmedDead(history([0, 'dead'], [1, 'dead'], [2, 'live'], [3, 'dead'], [6, 'dead'])),
    ).toBe(false)
    expect(isConfirmedDead(history([0, 'dead'], [1, 'dead'], [3, 'dead'], [4, 'live']))).toBe(false)
    expect(isConfirmedDead(history([0, 'dead'], [1, 'unverified'], [2, 'dead'], [4, 'dead']))).toBe(
      true,
    )
    expect(
      isConfirmedDead(history([0, 'unverified'], [2, 'unverified'], [4, 'dead'], [5, 'dead'])),
    ).toBe(false)
  })
})
