import { browserTestConfig } from '../../test-support/vitest-browser.js';

export default browserTestConfig();
