import { defineMessages } from '../../i18n/i18n.js';

export const messages = defineMessages({
  vi: {
    nav: 'Kế hoạch',
    title: 'Các kế hoạch',
    subtitle: 'Chọn một kế hoạch để xem bảng phân công và tiến độ.',
    empty: 'Chưa có kế hoạch nào bạn được xem.',
    issued: 'Ban hành {date}',
    issuedBy: 'Cơ quan ban hành',
    standingOffice: 'Cơ quan thường trực',
    progress: 'Tiến độ chung',
    open: 'Mở bảng theo dõi',
    meeting: 'Chế độ họp',
    public: 'Công khai',
    private: 'Nội bộ',
    implements: 'Thực hiện {number}',
  },
  en: {
    nav: 'Plans',
    title: 'Plans',
    subtitle: 'Choose a plan to see its assignment board and progress.',
    empty: 'There is no plan you may read yet.',
    issued: 'Issued {date}',
    issuedBy: 'Issued by',
    standingOffice: 'Standing office',
    progress: 'Overall progress',
    open: 'Open the board',
    meeting: 'Meeting mode',
    public: 'Public',
    private: 'Internal',
    implements: 'Carries out {number}',
  },
});
