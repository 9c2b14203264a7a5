import { describe, expect, it } from 'vitest';
import {
  isNoDataWord,
  isSectionOrTotal,
  parseAssessment,
  parseLevel,
  parseRank,
  parseTaskStatus,
} from '../../src/data/words.js';

describe('word-valued cells', () => {
  it.each([
    ['Đạt', 'achieved'],
    ['ĐẠT', 'achieved'],
    ['Có', 'achieved'],
    ['Không đạt', 'not-achieved'],
    ['Chưa đạt', 'not-achieved'],
    ['Không', 'not-achieved'],
    ['Hoàn thành', 'done'],
    ['Đã hoàn thành', 'done'],
    ['Đang thực hiện', 'in-progress'],
    ['Chưa thực hiện', 'not-started'],
    ['Hoa\u0300n tha\u0300nh', 'done'],
    ['xong', null],
    ['Chưa hoàn thành', null],
  ])('assessment %j → %s', (text, expected) => {
    expect(parseAssessment(text)).toBe(expected);
  });

  it.each([
    ['Hoàn thành', 'done'],
    ['Đang thực hiện', 'in-progress'],
    ['Đang triển khai', 'in-progress'],
    ['Chưa thực hiện', 'not-started'],
    ['Đạt', null],
    ['Xong rồi', null],
  ])('task status %j → %s', (text, expected) => {
    expect(parseTaskStatus(text)).toBe(expected);
  });

  it.each([
    ['Cấp độ 3', 3],
    ['cấp 3', 3],
    ['Mức 4', 4],
    ['3', 3],
    ['Cấp độ III', 3],
    ['Level 2', 2],
    ['Cấp độ 0', null],
    ['Cấp độ cao', null],
    ['3,5', null],
  ])('level %j → %s', (text, expected) => {
    expect(parseLevel(text)).toBe(expected);
  });

  it.each([
    ['5', 5],
    ['Hạng 5', 5],
    ['Xếp hạng 12/95', 12],
    ['thứ 7', 7],
    ['5/95', 5],
    ['0', null],
    ['cao', null],
  ])('rank %j → %s', (text, expected) => {
    expect(parseRank(text)).toBe(expected);
  });

  it.each([
    ['Chưa có số liệu', true],
    ['N/A', true],
    ['0', false],
  ])('no-data word %j → %s', (text, expected) => {
    expect(isNoDataWord(text)).toBe(expected);
  });

  it.each([
    ['I. Cải cách thủ tục hành chính', true],
    ['II. Chính quyền số', true],
    ['Tổng cộng', true],
    ['TỔNG SỐ', true],
    ['Cộng', true],
    ['cong-vu', false],
    ['dvc-truc-tuyen-toan-trinh', false],
    ['', false],
  ])('section or total %j → %s', (text, expected) => {
    expect(isSectionOrTotal(text)).toBe(expected);
  });
});
