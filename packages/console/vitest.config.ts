import { packageTests } from '../../config/vitest.base';

export default packageTests(import.meta.dirname);
