// Prints a newly issued demo PKI, saved (saveDemoPki), on stdout: the Storybook build's and
// `storybook dev`'s demo-pki.json (see main.ts). Run by main.ts as
// `node --conditions=source --import tsx .storybook/issue-demo-pki.ts`, in its own process so that
// Storybook's config loader need not resolve the workspace's TypeScript sources.
// Demo keys only: the test-marked demo PKI of @gepi/sdk/testing.
import { issueDemoPki, saveDemoPki } from '@gepi/sdk/testing';

process.stdout.write(await saveDemoPki(await issueDemoPki()));
