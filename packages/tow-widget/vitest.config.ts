import { browserTestConfig } from '../../test-support/vitest-browser.js';
import { commands } from './test/commands.js';

export default browserTestConfig({ commands });
