import { library } from '../../rollup.base.mjs';

export default library({
  input: [
    'src/index.ts',
    'src/shared/index.ts',
    'src/shared/map/map.ts',
    'src/define/case-form.ts',
    'src/define/case-status.ts',
  ],
});
