/** Build small plans in memory for boundary tests: one indicator of the given kind and one target. */
export function planWith(kind: string, targetLines: string[], extra = ''): string {
  return `schemaVersion: 1
id: xa-mau
title: Kế hoạch mẫu
issuer:
  name: UBND xã Mẫu
period:
  start: 2026-01-01
  end: 2030-12-31
reporting:
  convention: cchc
units:
  - id: vhxh
    name: Phòng Văn hóa - Xã hội
  - id: cac-don-vi
    name: Các phòng, cơ quan, đơn vị
    group: true
phases:
  - id: gd-1
    name: Giai đoạn 2026 - 2027
    start: 2026-01-01
    end: 2027-12-31
  - id: gd-2
    name: Giai đoạn 2028 - 2030
    start: 2028-01-01
    end: 2030-12-31
areas:
  - id: bo-may
    name: Cải cách tổ chức bộ máy
    lead: vhxh
    partners: [cac-don-vi]
indicators:
  - code: chi-so
    name: Chỉ số mẫu
    kind: ${kind}
targets:
  - id: chi-tieu
    title: Chỉ tiêu mẫu
    indicator: chi-so
${targetLines.map((l) => `    ${l}`).join('\n')}
${extra}`;
}
