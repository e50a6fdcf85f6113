// Typed handles on the mocha globals web-test-runner provides; the project installs no @types/mocha,
// and a global declaration here would leak into every package's type check.
type Body = () => unknown;
type Suite = (title: string, body: () => void) => void;
type Test = (title: string, body: Body) => void;
type Hook = (body: Body) => void;

const mocha = globalThis as unknown as {
  describe: Suite;
  it: Test;
  before: Hook;
  after: Hook;
  beforeEach: Hook;
  afterEach: Hook;
};

export const describe: Suite = (title, body) => mocha.describe(title, body);
export const it: Test = (title, body) => mocha.it(title, body);
export const beforeEach: Hook = (body) => mocha.beforeEach(body);
export const afterEach: Hook = (body) => mocha.afterEach(body);
