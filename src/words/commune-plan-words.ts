/**
 * The words of a plan `cchc init` writes for a new commune: the plan is a Vietnamese document (its title,
 * issuer and document type are the official wording), so these are Vietnamese in either language.
 */
export interface CommunePlanWords {
  title: string;
  issuerName: string;
  parent: string;
  documentType: string;
  /** The comment lines under the schema line at the top of the file. */
  header: string[];
}

export function communePlanWords(xa: string, tinh: string): CommunePlanWords {
  return {
    title: `Kế hoạch cải cách hành chính trọng tâm giai đoạn 2026 - 2030 trên địa bàn xã ${xa}`,
    issuerName: `Ủy ban nhân dân xã ${xa}`,
    parent: `Tỉnh ${tinh}`,
    documentType: 'Kế hoạch',
    header: [
      `# Kế hoạch CCHC 2026 - 2030 của xã ${xa}, tỉnh ${tinh}: bản khởi đầu do "cchc init" tạo từ kế hoạch`,
      '# của xã Phú Trung (theo kế hoạch của tỉnh và Kế hoạch quốc gia, QĐ 282/QĐ-TTg). Sửa lại cho đúng văn bản của xã:',
      '# số và ngày văn bản, căn cứ, đơn vị, chỉ tiêu và nhiệm vụ; rồi chạy "cchc validate" để kiểm tra.',
    ],
  };
}

/** The province's name from an issuer's `parent` ("Tỉnh Đồng Nai" → "Đồng Nai"). */
export const provinceName = (parent: string): string => parent.replace(/^Tỉnh\s+/i, '');

/** "đ"/"Đ" as ASCII "d" (they have no combining-mark decomposition), for ids and file names. */
export const asciiD = (s: string): string => s.replace(/[đĐ]/g, 'd');
