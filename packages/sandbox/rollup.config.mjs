import { library } from '../../rollup.base.mjs';

export default library({ input: ['src/index.ts', 'src/node.ts', 'src/cli.ts'] });
