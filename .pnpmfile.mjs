// pnpm hooks: https://pnpm.io/pnpmfile
//
// better-sqlite3 compiles its native addon when no prebuilt binary can be downloaded (a closed
// network). node-gyp then downloads Node's headers too, unless it is told where they are; Node from a
// package or an official tarball ships them beside its binary (<prefix>/include/node), so point
// node-gyp there. A nodedir set by the user wins; without headers on disk nothing changes.
import fs from 'node:fs';
import path from 'node:path';

const prefix = path.resolve(path.dirname(process.execPath), '..');
const hasHeaders = fs.existsSync(path.join(prefix, 'include', 'node', 'node_api.h'));

export const hooks = {
  updateConfig(config) {
    if (process.env.npm_config_nodedir || config.extraEnv?.npm_config_nodedir || !hasHeaders) return config;
    return { ...config, extraEnv: { ...config.extraEnv, npm_config_nodedir: prefix } };
  },
};
