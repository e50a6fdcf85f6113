// The version that copies of this package compare when two of them try to register the same tag.
// Kept in step with package.json by test/define.browser.test.ts rather than imported from it, so the
// bundle does not carry the manifest.
export const VERSION = '0.1.0';
