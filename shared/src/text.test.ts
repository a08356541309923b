import { describe, expect, it } from 'vitest';
import { foldVietnamese, matchesSearch, normalizeDocumentNumber } from './text.js';

describe('foldVietnamese', () => {
  it('drops diacritics and đ', () => {
    expect(foldVietnamese('Phòng Nội vụ')).toBe('phong noi vu');
    expect(foldVietnamese('Đài Truyền thanh huyện')).toBe('dai truyen thanh huyen');
  });
  it('treats every dash alike', () => {
    expect(foldVietnamese('Văn hóa – Thông tin')).toBe(foldVietnamese('Văn hóa - Thông tin'));
    expect(foldVietnamese('Kinh tế-Hạ tầng')).toBe('kinh te - ha tang');
  });
  it('folds precomposed and decomposed forms the same way', () => {
    expect(foldVietnamese('Hòa'.normalize('NFD'))).toBe(foldVietnamese('Hòa'.normalize('NFC')));
  });
});

describe('matchesSearch', () => {
  it('finds words in any order without diacritics', () => {
    expect(matchesSearch('Phòng Nội vụ', 'noi vu')).toBe(true);
    expect(matchesSearch('Phòng Nội vụ', 'vu phong')).toBe(true);
    expect(matchesSearch('Phòng Nội vụ', 'tu phap')).toBe(false);
  });
});

describe('normalizeDocumentNumber', () => {
  it('removes the stray space of the source text', () => {
    expect(normalizeDocumentNumber('85 /KH-UBND')).toBe('85/KH-UBND');
  });
});
