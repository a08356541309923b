import { defineMessages } from '../../i18n/i18n.js';

export const messages = defineMessages({
  vi: {
    title: 'Đăng nhập',
    intro: 'Đăng nhập bằng tài khoản của đơn vị để báo cáo tiến độ và trao đổi về nhiệm vụ.',
    email: 'Thư điện tử',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    submitting: 'Đang đăng nhập…',
    failed: 'Sai thư điện tử hoặc mật khẩu.',
    publicNote: 'Kế hoạch công khai xem được mà không cần đăng nhập.',
    demoHint: 'Tài khoản mẫu: <mã đơn vị>@chauthanh.demo, mật khẩu tiendo2020 (ví dụ vhtt@chauthanh.demo).',
    signedInAs: 'Đã đăng nhập: {name}',
    user: 'Người dùng',
  },
  en: {
    title: 'Sign in',
    intro: "Sign in with your unit's account to post progress reports and discuss tasks.",
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    failed: 'Wrong email or password.',
    publicNote: 'Public plans can be read without signing in.',
    demoHint: 'Sample accounts: <unit key>@chauthanh.demo, password tiendo2020 (e.g. vhtt@chauthanh.demo).',
    signedInAs: 'Signed in: {name}',
    user: 'User',
  },
});
