import { defineMessages } from '../i18n/i18n.js';

export const messages = defineMessages({
  vi: {
    mainNav: 'Điều hướng chính',
    userMenu: 'Tài khoản',
    anonymous: 'Chưa đăng nhập (chỉ xem)',
  },
  en: {
    mainNav: 'Main navigation',
    userMenu: 'Account',
    anonymous: 'Not signed in (read only)',
  },
});
