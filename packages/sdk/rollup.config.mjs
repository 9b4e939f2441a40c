import { library } from '../../rollup.base.mjs';

export default library({ input: ['src/index.ts', 'src/operator.ts', 'src/schemas/index.ts'] });
