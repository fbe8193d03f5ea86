// Runs the TypeScript sources directly (API, worker, CLI in development): swc compiles each file on
// load with decorator metadata, and the tsconfig path aliases resolve to the libs' sources.
process.env.SWC_NODE_PROJECT = process.env.SWC_NODE_PROJECT || require('node:path').join(__dirname, '..', 'tsconfig.base.json');
require('@swc-node/register');
