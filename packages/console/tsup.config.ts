import { defineConfig } from 'tsup';
import { packageBuild } from '../../config/tsup.base';

export default defineConfig(packageBuild(import.meta.dirname, { index: 'src/index.ts' }));
