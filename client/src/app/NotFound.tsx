import { Link } from 'react-router';
import { common } from '../i18n/common.js';
import { useT } from '../i18n/i18n.js';

export function NotFound() {
  const tc = useT(common);
  return (
    <div className="page empty">
      <p>{tc('notFound')}</p>
      <Link to="/">{tc('backHome')}</Link>
    </div>
  );
}
