import { library } from '../../rollup.base.mjs';

export default library({ input: ['src/index.ts', 'src/define/tow-lookup.ts'] });
