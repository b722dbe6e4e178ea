// esbuild inlines only the `version` field of package.json into dist/cli.mjs.
import { version } from '../../package.json';

export const VERSION: string = version;
